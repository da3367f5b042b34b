// SPDX-License-Identifier: GPL-2.0
/*
 * A function-scope static "cache" of the last mapped block survives the
 * kunmap_atomic() that ends the mapping.
 */
#include <linux/highmem.h>
#include <linux/types.h>
#include <hmcase.h>

static unsigned int cache_hits;

static u32 block_value(struct page *page, int index)
{
	static u32 *cached_block;
	u32 *block = kmap_atomic(page);
	u32 value = block[index];

	if (block == cached_block)
		cache_hits++;
	cached_block = block;	/* expect-static: escape -- nobody reads the cache afterwards: no fault */
	kunmap_atomic(block);
	return value;
}

HMCASE_INPUTS(2);

void hmcase_run(const int *in)
{
	(void)block_value(hmcase_page(in[0]), 5);
}
