// SPDX-License-Identifier: GPL-2.0
/*
 * kmap()/kunmap() are deprecated for new code (global pkmap pool, may
 * sleep); the report is at the map call, not at kunmap().
 */
#include <linux/highmem.h>
#include <linux/string.h>
#include <hmcase.h>

static void fill(struct page *page, int c)
{
	void *addr = kmap(page);	/* expect-static: deprecated -- advice, nothing happens at run time */

	memset(addr, c, PAGE_SIZE);
	kunmap(page);
}

HMCASE_INPUTS(2);

void hmcase_run(const int *in)
{
	fill(hmcase_page(in[0]), 0x33);
}
