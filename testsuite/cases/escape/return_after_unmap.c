// SPDX-License-Identifier: GPL-2.0
/*
 * A helper that returns a pointer into the mapping it has just released.
 */
#include <linux/highmem.h>
#include <hmcase.h>

static char *find_name(struct page *page, unsigned int off)
{
	char *addr = kmap_local_page(page);
	char *name = addr + off;

	kunmap_local(addr);
	return name;	/* expect-static: escape -- the caller never dereferences it, so nothing faults */
}

HMCASE_INPUTS(2);

void hmcase_run(const int *in)
{
	(void)find_name(hmcase_page(in[0]), 64);
}
