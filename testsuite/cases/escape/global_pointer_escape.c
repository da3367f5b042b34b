// SPDX-License-Identifier: GPL-2.0
/*
 * The mapped address is cached in a global and the mapping released: the
 * global now points at a dead (or reused) slot.  Nothing faults until some
 * later user reads it, so the engine cannot see it.
 */
#include <linux/highmem.h>
#include <hmcase.h>

static char *last_header;

static void remember_header(struct page *page)
{
	char *addr = kmap_local_page(page);

	addr[0] = 'H';
	last_header = addr;	/* expect-static: escape -- only a later reader would fault; the engine sees no access */
	kunmap_local(addr);
}

HMCASE_INPUTS(2);

void hmcase_run(const int *in)
{
	remember_header(hmcase_page(in[0]));
}
