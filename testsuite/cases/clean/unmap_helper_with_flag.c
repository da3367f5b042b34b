// SPDX-License-Identifier: GPL-2.0
/*
 * A put helper that unmaps only when told the address came from a mapping
 * (inline data lives in the inode itself).  Each caller passes the flag
 * that matches what it did.
 */
#include <linux/highmem.h>
#include <linux/string.h>
#include <hmcase.h>

struct small_inode {
	char inline_data[60];
	struct page *page;
	bool has_inline;
};

static char *get_data(struct small_inode *inode)
{
	if (inode->has_inline)
		return inode->inline_data;
	return kmap_local_page(inode->page);
}

static void put_data(struct small_inode *inode, char *data)
{
	if (!inode->has_inline)
		kunmap_local(data);
}

static char first_char(struct small_inode *inode)
{
	char *data = get_data(inode);
	char c = data[0];

	put_data(inode, data);
	return c;
}

HMCASE_INPUTS(2, 2);

void hmcase_run(const int *in)
{
	struct small_inode inode = { .page = hmcase_page(in[0]) };

	inode.has_inline = in[1];
	memset(inode.inline_data, 'i', sizeof(inode.inline_data));
	(void)first_char(&inode);
}
