// SPDX-License-Identifier: GPL-2.0
/*
 * lib/flagmask.c's calls out past tests of several bits, under a
 * spinlock: constants that fail them are quiet, the twins that pass them
 * may sleep.  lookup_slow() passes its own flags on, for
 * fs/flagmask_user.c.
 */
#include "k.h"
#include "flagmask.h"

static spinlock_t slow_lock;

int lookup_slow(unsigned int flags)
{
	return get_any_slow(flags);
}

int slow_quiet(void)
{
	int n;

	spin_lock(&slow_lock);
	n = get_any_slow(GET_NOWAIT);
	n += submit_other_slow(F_SYNC);
	spin_unlock(&slow_lock);
	return n;
}

int slow_sleep(void)
{
	int n;

	spin_lock(&slow_lock);
	n = get_any_slow(GET_LOCK | GET_NOWAIT);
	n += submit_other_slow(F_MODE);
	spin_unlock(&slow_lock);
	return n;
}
