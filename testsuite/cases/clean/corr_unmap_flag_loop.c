// SPDX-License-Identifier: GPL-2.0
/*
 * A transmit path copies a linear head and then page fragments into one
 * buffer.  Each fragment is mapped at the end of an iteration with a flag
 * set, and unmapped through that flag at the start of the next one or
 * after the loop: every mapping is released once, whichever the zone and
 * however many fragments there are.
 */
#include <linux/highmem.h>
#include <linux/string.h>
#include <hmcase.h>

struct frag_list {
	int nr_frags;
	struct page *pages[3];
	unsigned int sizes[3];
};

static void copy_frags(const struct frag_list *list, char *dest,
		       const char *head, unsigned int len, unsigned int data_len)
{
	const char *src = head;
	int frag = 0;
	bool unmap = false;

	while (len < data_len) {
		memcpy(dest, src, len);
		data_len -= len;
		dest += len;
		if (unmap) {
			kunmap_atomic((void *)src);
			unmap = false;
			src = head;
		}
		if (frag < list->nr_frags) {
			src = kmap_atomic(list->pages[frag]);
			len = list->sizes[frag++];
			unmap = true;
		} else {
			len = data_len;
		}
	}
	memcpy(dest, src, data_len);
	if (unmap)
		kunmap_atomic((void *)src);
}

HMCASE_INPUTS(2, 4);

void hmcase_run(const int *in)
{
	struct frag_list list = { .nr_frags = in[1] };
	char head[8], dest[64];
	unsigned int total = sizeof(head);
	int i;

	memset(head, 1, sizeof(head));
	for (i = 0; i < in[1]; i++) {
		list.pages[i] = hmcase_page(in[0]);
		list.sizes[i] = 8;
		total += 8;
	}
	copy_frags(&list, dest, head, sizeof(head), total);
}
