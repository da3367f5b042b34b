#include "kapi.h"

/*
 * A configuration stub's result compared with a constant where it is
 * called (`if (nr_feature_queues(dev) > 0)`): the front end gave the
 * call's temporary no compare, so only `if (stub())` and `n = stub(); if
 * (n > 0)` were decided and the sleep behind `stub() > 0` was reported
 * though dead.  The comparison of a call's result now reads as one of a
 * variable.  Twins that must report: the compare true for the stub's
 * constant, a non-static function (another file may replace it), a stub
 * whose returns disagree.  Not decided yet: a loop bound of a stub
 * (`i < stub()` compares two variables).
 */
struct dev { int nr; struct mutex m; };

static inline int nr_feature_queues(struct dev *d)
{
	return 0;
}

static int nr_queues_mixed(struct dev *d)
{
	if (d->nr)
		return d->nr;
	return 0;
}

int arch_nr_queues(struct dev *d)
{
	return 0;
}

static spinlock_t dev_lock;

void setup_none(struct dev *d)
{
	spin_lock(&dev_lock);
	if (nr_feature_queues(d) > 0)
		mutex_lock(&d->m);
	spin_unlock(&dev_lock);
}

void setup_none_swapped(struct dev *d)
{
	spin_lock(&dev_lock);
	if (0 < nr_feature_queues(d))
		msleep(1);
	spin_unlock(&dev_lock);
}

void setup_equal(struct dev *d)
{
	spin_lock(&dev_lock);
	if (nr_feature_queues(d) == 0)
		msleep(1);	/* expect: sleep-in-atomic */
	spin_unlock(&dev_lock);
}

void setup_at_most(struct dev *d)
{
	spin_lock(&dev_lock);
	if (nr_feature_queues(d) <= 0)
		msleep(1);	/* expect: sleep-in-atomic */
	spin_unlock(&dev_lock);
}

void setup_mixed(struct dev *d)
{
	spin_lock(&dev_lock);
	if (nr_queues_mixed(d) > 0)
		msleep(1);	/* expect: sleep-in-atomic */
	spin_unlock(&dev_lock);
}

void setup_arch(struct dev *d)
{
	spin_lock(&dev_lock);
	if (arch_nr_queues(d) > 0)
		msleep(1);	/* expect: sleep-in-atomic */
	spin_unlock(&dev_lock);
}
