// SPDX-License-Identifier: GPL-2.0
/*
 * A kmap() address published in a global before kunmap(): once the pkmap
 * slot is released, another kmap() may take it for a different page.
 */
#include <linux/highmem.h>
#include <hmcase.h>

static void *debug_last_page;

static void inspect(struct page *page)
{
	void *addr = kmap(page);

	debug_last_page = addr;	/* expect-static: escape -- the global is never read afterwards: no fault */
	kunmap(page);
}

HMCASE_INPUTS(2);

void hmcase_run(const int *in)
{
	inspect(hmcase_page(in[0]));
}
