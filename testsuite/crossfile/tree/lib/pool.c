// SPDX-License-Identifier: GPL-2.0
/*
 * An allocator that takes its mutex only for a gfp with the direct-reclaim
 * bit (mm/percpu.c pcpu_alloc()): its summary carries that guard.
 */
#include "k.h"

#define POOL_DIRECT_RECLAIM	0x400u

static struct mutex *pool_mutex;

static inline int pool_may_block(unsigned int gfp)
{
	return !!(gfp & POOL_DIRECT_RECLAIM);
}

void *pool_alloc(unsigned long size, unsigned int gfp)
{
	int is_atomic = !pool_may_block(gfp);

	if (!is_atomic)
		mutex_lock(pool_mutex);
	if (!is_atomic)
		mutex_unlock(pool_mutex);
	return size ? pool_mutex : 0;
}
