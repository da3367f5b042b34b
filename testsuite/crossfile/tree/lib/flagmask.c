// SPDX-License-Identifier: GPL-2.0
/*
 * Helpers whose sleeps need some bit of a mask (any one of GET_LOCK and
 * GET_CREATE: a guard of two one-bit tests), or the bits of a mask equal
 * to a value, or other than it (gfp and FGP masks of several bits).
 */
#include "k.h"
#include "flagmask.h"

extern struct mutex item_mutex;	/* defined nowhere */

int get_any(unsigned int flags)
{
	if (flags & (GET_LOCK | GET_CREATE))
		mutex_lock(&item_mutex);
	return 0;
}

int get_unless_none(unsigned int flags)
{
	if (!(flags & (GET_LOCK | GET_CREATE)))
		return 0;
	msleep(1);
	return 1;
}

int alloc_kern(unsigned int gfp)
{
	if ((gfp & GFP_KERN) == GFP_KERN)
		msleep(1);
	return 0;
}

/* The same test before a call out to lib/flagslow.c. */
int alloc_kern_slow(unsigned int gfp)
{
	if ((gfp & GFP_KERN) != GFP_KERN)
		return 0;
	flag_slow();
	return 1;
}

int submit_sync(unsigned int flags)
{
	if ((flags & F_MODE) != F_SYNC)
		return 0;
	msleep(1);
	return 1;
}

int submit_other(unsigned int flags)
{
	if ((flags & F_MODE) != F_SYNC)
		msleep(1);
	return 0;
}

/* Calls out to lib/flagslow.c past the tests of several bits. */
int get_any_slow(unsigned int flags)
{
	if (flags & (GET_LOCK | GET_CREATE))
		flag_slow();
	return 0;
}

int submit_other_slow(unsigned int flags)
{
	if ((flags & F_MODE) == F_SYNC)
		return 0;
	flag_slow();
	return 1;
}
