#include "kapi.h"

/*
 * A helper that sleeps only when two flags hold at once (a lookup that
 * takes the slot's mutex only when asked to look at active slots AND to
 * lock): `if (only_active) { if (locked) mutex_lock(); }`, or
 * `if (a && b) msleep()`.  The sleep needs both tests: a caller that fails
 * either one does not sleep there, through a wrapper that passes one
 * constant and its own parameter on, too.  The conjunction is kept as
 * such in the summary; a caller passing (true, true), or a flag it does
 * not know with the other true, may sleep and is reported.  A wrapper
 * calling only under its own test (`if (!want) return NULL;`) adds that
 * test to the group the callee's guard becomes: called with want false,
 * it does not sleep, whatever `locked` says.
 */
struct slot { struct mutex mutex; int active; };
struct table { struct slot *slots; };

static spinlock_t table_lock;
int read_status(void);

static struct slot *__lookup(struct table *t, int h, bool locked,
			     bool only_active)
{
	struct slot *s, *found = NULL;

	if (!t->slots)
		return NULL;
	s = &t->slots[h];
	if (only_active) {
		if (locked)
			mutex_lock(&s->mutex);
		if (s->active)
			found = s;
		if (locked)
			mutex_unlock(&s->mutex);
	} else {
		found = s;
	}
	return found;
}

static struct slot *lookup_unlocked(struct table *t, int h)
{
	return __lookup(t, h, false, true);
}

static struct slot *lookup_any(struct table *t, int h)
{
	return __lookup(t, h, true, false);
}

static struct slot *lookup_locked(struct table *t, int h)
{
	return __lookup(t, h, true, true);
}

/* Passes `locked` on, with only_active fixed: the sleep needs `locked`. */
static struct slot *lookup_active(struct table *t, int h, bool locked)
{
	return __lookup(t, h, locked, true);
}

/* Passes both on: the sleep needs both of its own flags. */
static struct slot *lookup_both(struct table *t, int h, bool locked,
				bool only_active)
{
	return __lookup(t, h, locked, only_active);
}

/* Sleeps only if want, and then only if locked. */
static struct slot *lookup_if(struct table *t, int h, bool want, bool locked)
{
	if (!want)
		return NULL;
	return lookup_active(t, h, locked);
}

static void wait_both(bool a, bool b)
{
	if (a && b)
		msleep(1);
}

int post_quiet(struct table *t)
{
	int n = 0;

	spin_lock(&table_lock);
	n += lookup_unlocked(t, 1) != NULL;
	n += lookup_any(t, 2) != NULL;
	n += lookup_active(t, 3, false) != NULL;
	n += lookup_both(t, 4, true, false) != NULL;
	n += lookup_both(t, 5, false, true) != NULL;
	n += lookup_both(t, 6, read_status(), false) != NULL;
	wait_both(false, true);
	wait_both(true, false);
	wait_both(read_status(), 0);
	n += lookup_if(t, 7, false, true) != NULL;
	n += lookup_if(t, 8, read_status(), false) != NULL;
	spin_unlock(&table_lock);
	return n;
}

int post_sleeps(struct table *t)
{
	int n = 0;

	spin_lock(&table_lock);
	n += lookup_locked(t, 1) != NULL;	/* expect: sleep-in-atomic */
	n += lookup_active(t, 2, true) != NULL;	/* expect: sleep-in-atomic */
	n += lookup_both(t, 3, true, true) != NULL;	/* expect: sleep-in-atomic */
	n += lookup_both(t, 4, read_status(), true) != NULL;	/* expect: sleep-in-atomic */
	wait_both(true, true);	/* expect: sleep-in-atomic */
	wait_both(read_status(), 1);	/* expect: sleep-in-atomic */
	n += lookup_if(t, 9, true, true) != NULL;	/* expect: sleep-in-atomic */
	n += lookup_if(t, 10, read_status(), true) != NULL;	/* expect: sleep-in-atomic */
	spin_unlock(&table_lock);
	return n;
}
