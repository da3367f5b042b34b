// SPDX-License-Identifier: GPL-2.0
/*
 * Items are copied either into a plain buffer or into a page the caller
 * hands over: the page is mapped around each item's copy, tested twice per
 * iteration, and never reassigned.  Every iteration takes the same side of
 * both tests, so each mapping is released before the next is made and no
 * released address is written through.
 */
#include <linux/highmem.h>
#include <linux/string.h>
#include <hmcase.h>

struct item_list {
	int nr_items;
	unsigned long sizes[4];
};

static int copy_items(const struct item_list *items, char *dest,
		      unsigned long len, struct page *dest_page)
{
	char *kaddr = dest;
	unsigned long dest_offset = 0;
	int i = 0;

	while (len > 0 && i < items->nr_items) {
		unsigned long bytes = items->sizes[i++];

		if (bytes > len)
			break;
		if (dest) {
			if (dest_page)
				kaddr = kmap_local_page(dest_page);
			memset(kaddr + dest_offset, i, bytes);
			if (dest_page)
				kunmap_local(kaddr);
		}
		dest_offset += bytes;
		len -= bytes;
	}
	return i;
}

HMCASE_INPUTS(3, 4);

void hmcase_run(const int *in)
{
	struct item_list items = { .nr_items = in[1] };
	char buf[64];
	struct page *page = in[0] == 2 ? NULL : hmcase_page(in[0]);
	int i;

	for (i = 0; i < in[1]; i++)
		items.sizes[i] = 16;
	copy_items(&items, page ? NULL : buf, 64, page);
	copy_items(&items, buf, 64, page);
}
