// SPDX-License-Identifier: GPL-2.0
/*
 * A kmap() mapping released with kunmap_local(): wrong family.  The pkmap
 * hold is never dropped, so it leaks as well.  Highmem only: a lowmem kmap()
 * returns the direct-map address, which says nothing about the family.
 */
#include <linux/highmem.h>
#include <linux/string.h>
#include <hmcase.h>

static void copy_header(struct page *page, char *out)
{
	char *addr = kmap(page);	/* expect: leak */

	memcpy(out, addr, 32);
	kunmap_local(addr);	/* expect: wrong-arg */
}

HMCASE_INPUTS(1);

void hmcase_run(const int *in)
{
	char out[32];

	(void)in;
	copy_header(hmcase_page(1), out);
}
