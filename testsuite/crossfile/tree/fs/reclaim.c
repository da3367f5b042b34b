// SPDX-License-Identifier: GPL-2.0
/*
 * Helpers calling lib/getter.c outside atomic context of their own
 * (mm/swapfile.c __try_to_reclaim_swap() passes no flag): their call-outs
 * keep the constant flags.
 */
#include "k.h"

void *get_item(unsigned long index, unsigned int flags);	/* lib/getter.c */

int try_reclaim(unsigned long index)
{
	return get_item(index, 0) != 0;
}

int try_reclaim_stable(unsigned long index)
{
	return get_item(index, 0x4u) != 0;	/* GET_STABLE */
}
