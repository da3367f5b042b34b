// SPDX-License-Identifier: GPL-2.0
/*
 * Runner self-test: expect-static without its reason is malformed.
 */
#include <linux/highmem.h>
#include <hmcase.h>

static char *cached;

static void remember(struct page *page)
{
	char *addr = kmap_local_page(page);

	cached = addr;	/* expect-static: escape */
	kunmap_local(addr);
}

HMCASE_INPUTS(2);

void hmcase_run(const int *in)
{
	remember(hmcase_page(in[0]));
}
