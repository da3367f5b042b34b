#include "kapi.h"

/*
 * Helpers that sleep when any one of several bits of their flags is set:
 * `if (flags & (GET_LOCK | GET_CREATE))` before the sleep, or `if
 * (!(flags & (GET_LOCK | GET_CREATE))) return;` (gfp and FGP masks of
 * more than one bit).  No one bit test says that: the sleep needs one of
 * GET_LOCK and GET_CREATE, so a caller passing neither (0, GET_NOWAIT),
 * directly or through a wrapper passing its own flags on, does not sleep
 * there; one passing either may.  A path that already saw one of the bits
 * clear needs the other (get_unless_locked() with GET_LOCK returns
 * first); one that also tests another parameter needs that too.
 */
#define GET_LOCK	0x1u
#define GET_CREATE	0x2u
#define GET_NOWAIT	0x4u

static spinlock_t table_lock;
static struct mutex item_mutex;

static int get_any(unsigned int flags)
{
	if (flags & (GET_LOCK | GET_CREATE))
		mutex_lock(&item_mutex);
	return 0;
}

static int get_unless_none(unsigned int flags)
{
	if (!(flags & (GET_LOCK | GET_CREATE)))
		return 0;
	msleep(1);
	return 1;
}

static int get_flags(unsigned int flags)
{
	return get_any(flags);
}

static int get_unless_locked(unsigned int flags)
{
	if (flags & GET_LOCK)
		return -1;
	if (flags & (GET_LOCK | GET_CREATE))
		msleep(1);
	return 0;
}

static int get_if_waiting(int wait, unsigned int flags)
{
	if (!wait)
		return 0;
	if (flags & (GET_LOCK | GET_CREATE))
		msleep(1);
	return 1;
}

int lookup_quiet(void)
{
	int n;

	spin_lock(&table_lock);
	n = get_any(0);
	n += get_any(GET_NOWAIT);
	n += get_unless_none(GET_NOWAIT);
	n += get_flags(0);
	n += get_unless_locked(GET_LOCK | GET_NOWAIT);
	n += get_if_waiting(0, GET_LOCK);
	n += get_if_waiting(1, GET_NOWAIT);
	spin_unlock(&table_lock);
	return n;
}

int lookup_sleeps(void)
{
	int n;

	spin_lock(&table_lock);
	n = get_any(GET_CREATE);	/* expect: sleep-in-atomic */
	n += get_unless_none(GET_LOCK | GET_NOWAIT);	/* expect: sleep-in-atomic */
	n += get_flags(GET_LOCK);	/* expect: sleep-in-atomic */
	n += get_unless_locked(GET_CREATE);	/* expect: sleep-in-atomic */
	n += get_if_waiting(1, GET_CREATE);	/* expect: sleep-in-atomic */
	spin_unlock(&table_lock);
	return n;
}

int lookup_unknown(unsigned int flags)
{
	int n;

	spin_lock(&table_lock);
	n = get_any(flags);	/* expect: sleep-in-atomic */
	spin_unlock(&table_lock);
	return n;
}
