// SPDX-License-Identifier: GPL-2.0
/*
 * lib/flagmask.c's helpers under a spinlock: constants that fail their
 * tests are quiet, those that pass them (or an unknown value) may sleep.
 * The wrappers pass their own flags on, for fs/flagmask_user.c.
 */
#include "k.h"
#include "flagmask.h"

static spinlock_t table_lock;

int lookup_flags(unsigned int flags)
{
	return get_any(flags);
}

int alloc_flags(unsigned int gfp)
{
	return alloc_kern_slow(gfp);
}

int flags_quiet(void)
{
	int n;

	spin_lock(&table_lock);
	n = get_any(GET_NOWAIT);
	n += get_unless_none(0);
	n += alloc_kern(G_WAIT);
	n += alloc_kern_slow(G_IO);
	n += submit_sync(F_MODE);
	n += submit_other(F_SYNC);
	spin_unlock(&table_lock);
	return n;
}

int flags_sleep(unsigned int flags)
{
	int n;

	spin_lock(&table_lock);
	n = get_any(GET_CREATE);
	n += get_unless_none(GET_LOCK);
	n += alloc_kern(GFP_KERN);
	n += alloc_kern_slow(GFP_KERN | GET_LOCK);
	n += submit_sync(F_SYNC);
	n += submit_other(0);
	n += get_any(flags);
	spin_unlock(&table_lock);
	return n;
}
