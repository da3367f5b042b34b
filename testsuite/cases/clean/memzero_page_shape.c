// SPDX-License-Identifier: GPL-2.0
/*
 * Zeroing part of a page, the memzero_page() shape, and a whole-page clear
 * done by hand: one mapping each, released before returning.
 */
#include <linux/highmem.h>
#include <linux/string.h>
#include <hmcase.h>

static void zero_range(struct page *page, size_t offset, size_t len)
{
	char *addr = kmap_local_page(page);

	memset(addr + offset, 0, len);
	kunmap_local(addr);
}

static void clear_whole_page(struct page *page)
{
	void *addr = kmap_local_page(page);

	memset(addr, 0, PAGE_SIZE);
	kunmap_local(addr);
}

HMCASE_INPUTS(2);

void hmcase_run(const int *in)
{
	struct page *page = hmcase_page(in[0]);

	clear_whole_page(page);
	zero_range(page, 100, 200);
}
