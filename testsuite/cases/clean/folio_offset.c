// SPDX-License-Identifier: GPL-2.0
/*
 * kmap_local_folio() with an offset into a multi-page folio, walking it one
 * page at a time (the shape of the folio_zero_* and copy helpers).
 */
#include <linux/highmem.h>
#include <linux/pagemap.h>
#include <linux/string.h>
#include <hmcase.h>

static void folio_fill(struct folio *folio, size_t offset, size_t len, int c)
{
	while (len) {
		size_t chunk = PAGE_SIZE - offset % PAGE_SIZE;
		char *addr;

		if (chunk > len)
			chunk = len;
		addr = kmap_local_folio(folio, offset);
		memset(addr, c, chunk);
		kunmap_local(addr);
		offset += chunk;
		len -= chunk;
	}
}

HMCASE_INPUTS(2);

void hmcase_run(const int *in)
{
	struct folio *folio = hmcase_folio(in[0], 2);

	folio_fill(folio, 1000, 2 * PAGE_SIZE, 0x11);
}
