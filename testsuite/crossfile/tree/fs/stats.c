// SPDX-License-Identifier: GPL-2.0
/*
 * Helpers calling lib/pool.c outside atomic context of their own: their
 * summaries keep the call, with the constant gfp it passes
 * (net/core/dev.c netdev_core_stats_alloc() with GFP_ATOMIC).
 */
#include "k.h"

void *pool_alloc(unsigned long size, unsigned int gfp);	/* lib/pool.c */

void *stats_alloc(void)
{
	return pool_alloc(64, 0x820u);		/* GFP_ATOMIC */
}

void *stats_alloc_kernel(void)
{
	return pool_alloc(64, 0xcc0u);		/* GFP_KERNEL */
}
