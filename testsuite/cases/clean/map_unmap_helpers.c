// SPDX-License-Identifier: GPL-2.0
/*
 * A static map helper that returns the address and an unmap helper, as
 * filesystems write them around their block layout.  The callers pair them.
 */
#include <linux/highmem.h>
#include <linux/types.h>
#include <hmcase.h>

struct dir_block {
	u32 count;
	u32 entries[31];
};

static struct dir_block *dir_map_block(struct page *page, unsigned int n)
{
	char *addr = kmap_local_page(page);

	return (struct dir_block *)(addr + n * sizeof(struct dir_block));
}

static void dir_unmap_block(struct dir_block *block)
{
	kunmap_local(block);
}

static unsigned int dir_count_entries(struct page *page)
{
	unsigned int total = 0, n;

	for (n = 0; n < 4; n++) {
		struct dir_block *block = dir_map_block(page, n);

		total += block->count;
		dir_unmap_block(block);
	}
	return total;
}

HMCASE_INPUTS(2);

void hmcase_run(const int *in)
{
	(void)dir_count_entries(hmcase_page(in[0]));
}
