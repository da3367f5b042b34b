// SPDX-License-Identifier: GPL-2.0
/*
 * A lookup helper stores a pointer into the mapping in the caller's
 * structure and then unmaps: the caller gets a dangling pointer.  The
 * right version copies the value out instead.
 */
#include <linux/highmem.h>
#include <linux/types.h>
#include <hmcase.h>

struct dir_entry {
	u32 inode;
	u16 rec_len;
	u8 name_len;
	char name[25];
};

struct lookup_result {
	struct dir_entry *entry;
	u32 inode;
};

static void find_entry_wrong(struct page *page, int slot,
			     struct lookup_result *res)
{
	struct dir_entry *entries = kmap_local_page(page);

	res->entry = &entries[slot];	/* expect-static: escape -- the caller does not read it here; the engine sees no access */
	kunmap_local(entries);
}

static void find_entry_right(struct page *page, int slot,
			     struct lookup_result *res)
{
	struct dir_entry *entries = kmap_local_page(page);

	res->entry = NULL;
	res->inode = entries[slot].inode;
	kunmap_local(entries);
}

HMCASE_INPUTS(2);

void hmcase_run(const int *in)
{
	struct lookup_result res;
	struct page *page = hmcase_page(in[0]);

	find_entry_right(page, 3, &res);
	find_entry_wrong(page, 3, &res);
}
