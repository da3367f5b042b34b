// SPDX-License-Identifier: GPL-2.0
/*
 * A map helper that returns ERR_PTR() when validation fails, after
 * unmapping, and the mapped address otherwise; the caller tests IS_ERR()
 * and unmaps only what it got.
 */
#include <linux/highmem.h>
#include <linux/err.h>
#include <linux/errno.h>
#include <linux/types.h>
#include <hmcase.h>

#define LEAF_MAGIC 0x4c454146

struct leaf {
	u32 magic;
	u32 nr_items;
};

static struct leaf *map_leaf(struct page *page)
{
	struct leaf *leaf = kmap_local_page(page);

	if (leaf->magic != LEAF_MAGIC) {
		kunmap_local(leaf);
		return ERR_PTR(-EUCLEAN);
	}
	return leaf;
}

static int leaf_items(struct page *page)
{
	struct leaf *leaf = map_leaf(page);
	int items;

	if (IS_ERR(leaf))
		return PTR_ERR(leaf);
	items = leaf->nr_items;
	kunmap_local(leaf);
	return items;
}

HMCASE_INPUTS(2, 2);

void hmcase_run(const int *in)
{
	struct page *page = hmcase_page(in[0]);

	if (in[1]) {
		struct leaf *leaf = kmap_local_page(page);

		leaf->magic = LEAF_MAGIC;
		kunmap_local(leaf);
	}
	(void)leaf_items(page);
}
