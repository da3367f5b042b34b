#include "kapi.h"

/*
 * A helper that sleeps only when a member of its argument says so: it
 * allocates the table only if there is none yet (`if (d->table) return;`),
 * or sleeps only if a flag bit is clear.  Its summary keeps the test of
 * parameter 0's member ("->table", "->flags" bit 0x4), and a caller that
 * tested the same member of what it passes, with nothing writing it in
 * between, knows the helper does not sleep: quiet under its spinlock.
 * Through a wrapper passing its own parameter along, the test is kept.
 *
 * Still reported: the caller that did not test, the test the other way,
 * another bit, a store or a call writing the member between the test and
 * the call, a helper (or wrapper) writing the member before its test.
 */
#define DEV_READY	0x4
#define DEV_OTHER	0x8

struct entry { int value; };
struct dev {
	struct entry *table;
	spinlock_t lock;
	int flags;
};

void dev_reset(struct dev *d);

static void alloc_table(struct dev *d)
{
	if (d->table)
		return;
	d->table = kcalloc(8, sizeof(*d->table), GFP_KERNEL);
}

static void wait_ready(struct dev *d)
{
	if (d->flags & DEV_READY)
		return;
	msleep(1);
}

static void set_entry(struct dev *d, int i, int v)
{
	alloc_table(d);
	if (d->table)
		d->table[i].value = v;
}

static void clear_then_alloc(struct dev *d)
{
	d->table = NULL;
	alloc_table(d);
}

static void overwrite_then_test(struct dev *d)
{
	d->table = NULL;
	if (d->table)
		return;
	d->table = kcalloc(8, sizeof(*d->table), GFP_KERNEL);
}

void tested(struct dev *d)
{
	unsigned long flags;

	spin_lock_irqsave(&d->lock, flags);
	if (d->table)
		alloc_table(d);
	if (d->flags & DEV_READY)
		wait_ready(d);
	if (d->table)
		set_entry(d, 1, 2);
	spin_unlock_irqrestore(&d->lock, flags);
}

void untested(struct dev *d)
{
	unsigned long flags;

	spin_lock_irqsave(&d->lock, flags);
	alloc_table(d);	/* expect: sleep-in-atomic */
	spin_unlock_irqrestore(&d->lock, flags);
}

void wrapper_untested(struct dev *d)
{
	unsigned long flags;

	spin_lock_irqsave(&d->lock, flags);
	set_entry(d, 1, 2);	/* expect: sleep-in-atomic */
	spin_unlock_irqrestore(&d->lock, flags);
}

void tested_other_way(struct dev *d)
{
	unsigned long flags;

	spin_lock_irqsave(&d->lock, flags);
	if (!(d->flags & DEV_READY))
		wait_ready(d);	/* expect: sleep-in-atomic */
	if (!d->table)
		alloc_table(d);	/* expect: sleep-in-atomic */
	spin_unlock_irqrestore(&d->lock, flags);
}

void other_bit(struct dev *d)
{
	unsigned long flags;

	spin_lock_irqsave(&d->lock, flags);
	if (d->flags & DEV_OTHER)
		wait_ready(d);	/* expect: sleep-in-atomic */
	spin_unlock_irqrestore(&d->lock, flags);
}

void written_between(struct dev *d)
{
	unsigned long flags;

	spin_lock_irqsave(&d->lock, flags);
	if (d->table) {
		d->table = NULL;
		alloc_table(d);	/* expect: sleep-in-atomic */
	}
	spin_unlock_irqrestore(&d->lock, flags);
}

void call_between(struct dev *d)
{
	unsigned long flags;

	spin_lock_irqsave(&d->lock, flags);
	if (d->table) {
		dev_reset(d);
		alloc_table(d);	/* expect: sleep-in-atomic */
	}
	spin_unlock_irqrestore(&d->lock, flags);
}

void written_in_helper(struct dev *d)
{
	unsigned long flags;

	spin_lock_irqsave(&d->lock, flags);
	if (d->table) {
		clear_then_alloc(d);	/* expect: sleep-in-atomic */
		overwrite_then_test(d);	/* expect: sleep-in-atomic */
	}
	spin_unlock_irqrestore(&d->lock, flags);
}
