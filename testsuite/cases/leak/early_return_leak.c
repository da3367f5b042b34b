// SPDX-License-Identifier: GPL-2.0
/*
 * A validation check added after the mapping returns without unmapping.
 * The fixed version unmaps before returning.
 */
#include <linux/highmem.h>
#include <linux/errno.h>
#include <linux/types.h>
#include <hmcase.h>

#define NODE_MAGIC 0x4e4f4445

static int read_node_wrong(struct page *page, u32 *out)
{
	u32 *node = kmap_local_page(page);	/* expect: leak */

	if (node[0] != NODE_MAGIC)
		return -EINVAL;
	*out = node[1];
	kunmap_local(node);
	return 0;
}

static int read_node_right(struct page *page, u32 *out)
{
	u32 *node = kmap_local_page(page);
	int ret = 0;

	if (node[0] != NODE_MAGIC)
		ret = -EINVAL;
	else
		*out = node[1];
	kunmap_local(node);
	return ret;
}

HMCASE_INPUTS(2);

void hmcase_run(const int *in)
{
	struct page *page = hmcase_page(in[0]);
	u32 value;

	(void)read_node_right(page, &value);
	(void)read_node_wrong(page, &value);
}
