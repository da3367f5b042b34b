// SPDX-License-Identifier: GPL-2.0
/*
 * A helper that maps with kmap_atomic and calls another helper that only
 * does arithmetic (no sleeping anywhere down the chain).
 */
#include <linux/highmem.h>
#include <linux/types.h>
#include <hmcase.h>

static u32 fold_word(u32 acc, u32 word)
{
	return (acc ^ word) * 0x9e3779b1u;
}

static u32 fold_block(const u32 *block, int n)
{
	u32 acc = 0;
	int i;

	for (i = 0; i < n; i++)
		acc = fold_word(acc, block[i]);
	return acc;
}

static u32 hash_page_atomic(struct page *page)
{
	u32 *block = kmap_atomic(page);
	u32 hash = fold_block(block, 64);

	kunmap_atomic(block);
	return hash;
}

HMCASE_INPUTS(2);

void hmcase_run(const int *in)
{
	(void)hash_page_atomic(hmcase_page(in[0]));
}
