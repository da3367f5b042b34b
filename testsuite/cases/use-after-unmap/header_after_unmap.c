// SPDX-License-Identifier: GPL-2.0
/*
 * A use after unmap through a derived pointer: the header pointer points
 * into the mapping and is read after kunmap_local().
 */
#include <linux/highmem.h>
#include <linux/types.h>
#include <hmcase.h>

struct header {
	u32 magic;
	u32 len;
};

static u32 header_len(struct page *page, unsigned int off)
{
	void *addr = kmap_local_page(page);
	struct header *h = addr + off;

	kunmap_local(addr);
	return h->len;	/* expect: use-after-unmap */
}

static u32 header_len_right(struct page *page, unsigned int off)
{
	void *addr = kmap_local_page(page);
	struct header *h = addr + off;
	u32 len = h->len;

	kunmap_local(addr);
	return len;
}

HMCASE_INPUTS(2);

void hmcase_run(const int *in)
{
	struct page *page = hmcase_page(in[0]);

	(void)header_len_right(page, 128);
	(void)header_len(page, 128);
}
