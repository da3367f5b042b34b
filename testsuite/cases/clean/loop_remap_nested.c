// SPDX-License-Identifier: GPL-2.0
/*
 * An outer loop maps a block of entries with kmap_atomic(); an inner loop
 * drops the mapping before each reschedule and maps the block again after
 * it; the outer iteration unmaps at its end.  Every mapping made before the
 * inner loop is released in it or after it, never slept on.
 */
#include <linux/highmem.h>
#include <linux/sched.h>
#include <hmcase.h>

#define ENTRIES	4

static int count_clean(struct page **blocks, int nblocks, int mask)
{
	unsigned char *kaddr;
	int block, i, clean = 0;

	for (block = 0; block < nblocks; block++) {
		struct page *page = blocks[block];

		cond_resched();
		kaddr = kmap_atomic(page);
		for (i = 0; i < ENTRIES; i++) {
			if (mask & (1 << i)) {
				kaddr[i] = 1;
				kunmap_atomic(kaddr);
				cond_resched();
				clean++;
				kaddr = kmap_atomic(page);
			}
		}
		kunmap_atomic(kaddr);
	}
	return clean;
}

HMCASE_INPUTS(2, 2, 16);

void hmcase_run(const int *in)
{
	struct page *blocks[3];
	int i;

	for (i = 0; i < 3; i++)
		blocks[i] = hmcase_page(i & 1 ? in[0] : in[1]);
	(void)count_clean(blocks, 3, in[2]);
}
