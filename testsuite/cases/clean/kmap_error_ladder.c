// SPDX-License-Identifier: GPL-2.0
/*
 * kmap() with an error ladder: every path that took the pkmap mapping
 * gives it back with kunmap(page), the early exit before it takes nothing.
 */
#include <linux/highmem.h>
#include <linux/errno.h>
#include <linux/types.h>
#include <hmcase.h>

struct super_block_data {
	u32 magic;
	u32 blocks;
};

#define SB_MAGIC 0x53424c4b

static int read_super(struct page *page, bool have_page, bool corrupt,
		      u32 *blocks)
{
	struct super_block_data *sb;
	int err = 0;

	if (!have_page)
		return -ENODEV;
	sb = kmap(page);
	if (corrupt) {
		err = -EUCLEAN;
		goto out;
	}
	sb->magic = SB_MAGIC;
	*blocks = sb->blocks;
out:
	kunmap(page);
	return err;
}

HMCASE_INPUTS(2, 2, 2);

void hmcase_run(const int *in)
{
	u32 blocks;

	(void)read_super(hmcase_page(in[0]), in[1], in[2], &blocks);
}
