// SPDX-License-Identifier: GPL-2.0
/*
 * The mapping is made in one function and released in a helper that is
 * handed the page: no data flow to follow, the page's type gives it away.
 * Patch mode cannot know the address and leaves it to a human.
 */
#include <linux/highmem.h>
#include <linux/string.h>
#include <hmcase.h>

static void release_header(struct page *page)
{
	kunmap_local(page);
}

static void zero_header(struct page *page)
{
	char *addr = kmap_local_page(page);

	memset(addr, 0, 64);
	release_header(page);
}

HMCASE_INPUTS(2);

void hmcase_run(const int *in)
{
	zero_header(hmcase_page(in[0]));
}
