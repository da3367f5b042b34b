// SPDX-License-Identifier: GPL-2.0
/*
 * kunmap() called twice for one kmap(): the second drops a hold the caller
 * does not have (kunmap_high() BUGs on a count of 1 in the kernel).
 */
#include <linux/highmem.h>
#include <linux/string.h>
#include <hmcase.h>

static void fill_and_release(struct page *page, int c)
{
	void *addr = kmap(page);

	memset(addr, c, PAGE_SIZE);
	kunmap(page);
}

static void update(struct page *page)
{
	fill_and_release(page, 0x42);
	kunmap(page);	/* expect: unbalanced */
}

HMCASE_INPUTS(2);

void hmcase_run(const int *in)
{
	update(hmcase_page(in[0]));
}
