// SPDX-License-Identifier: GPL-2.0
/*
 * kunmap() takes the page, not the address kmap() returned.  Passed the
 * address, it releases nothing, so the pkmap hold also leaks.  The right
 * call is next to it.
 */
#include <linux/highmem.h>
#include <linux/string.h>
#include <hmcase.h>

static void zero_head_wrong(struct page *page)
{
	void *addr = kmap(page);	/* expect: leak */

	memset(addr, 0, 64);
	kunmap(addr);	/* expect: wrong-arg */
}

static void zero_head_right(struct page *page)
{
	void *addr = kmap(page);

	memset(addr, 0, 64);
	kunmap(page);
}

HMCASE_INPUTS(2);

void hmcase_run(const int *in)
{
	struct page *page = hmcase_page(in[0]);

	zero_head_right(page);
	zero_head_wrong(page);
}
