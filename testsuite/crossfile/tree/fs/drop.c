// SPDX-License-Identifier: GPL-2.0
/*
 * Under kmap_atomic(): lib/pool.c's allocator sleeps only for a gfp with
 * direct reclaim, called directly or through fs/stats.c's helpers.
 */
#include "k.h"

void *pool_alloc(unsigned long size, unsigned int gfp);	/* lib/pool.c */
void *stats_alloc(void);		/* fs/stats.c */
void *stats_alloc_kernel(void);		/* fs/stats.c */

void count_drop(struct page *page)
{
	char *v = kmap_atomic(page);

	stats_alloc();
	pool_alloc(64, 0x820u);
	v[0] = 0;
	kunmap_atomic(v);
}

void count_drop_kernel(struct page *page)
{
	char *v = kmap_atomic(page);

	stats_alloc_kernel();
	v[0] = 0;
	kunmap_atomic(v);
}

void count_drop_direct_kernel(struct page *page)
{
	char *v = kmap_atomic(page);

	pool_alloc(64, 0xcc0u);
	v[0] = 0;
	kunmap_atomic(v);
}
