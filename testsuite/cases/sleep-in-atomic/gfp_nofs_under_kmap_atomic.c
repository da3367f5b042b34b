// SPDX-License-Identifier: GPL-2.0
/*
 * GFP_NOFS still allows direct reclaim, so it may sleep: a filesystem
 * allocating its private data under kmap_atomic() with it is a bug.
 */
#include <linux/highmem.h>
#include <linux/slab.h>
#include <linux/types.h>
#include <hmcase.h>

struct extent {
	u64 start;
	u64 len;
};

static struct extent *read_extent(struct page *page, int index)
{
	struct extent *disk = kmap_atomic(page);
	struct extent *ext = kzalloc(sizeof(*ext), GFP_NOFS);	/* expect: sleep-in-atomic */

	if (ext)
		*ext = disk[index];
	kunmap_atomic(disk);
	return ext;
}

HMCASE_INPUTS(2);

void hmcase_run(const int *in)
{
	kfree(read_extent(hmcase_page(in[0]), 3));
}
