// SPDX-License-Identifier: GPL-2.0
/*
 * Two folios mapped with kmap_local_folio() at an offset; released in the
 * order they were taken.
 */
#include <linux/highmem.h>
#include <linux/pagemap.h>
#include <linux/string.h>
#include <hmcase.h>

static void folio_copy_tail(struct folio *dst, struct folio *src, size_t off)
{
	char *to = kmap_local_folio(dst, off);
	char *from = kmap_local_folio(src, off);

	memcpy(to, from, 64);
	kunmap_local(to);	/* expect: order */
	kunmap_local(from);
}

HMCASE_INPUTS(2, 2);

void hmcase_run(const int *in)
{
	folio_copy_tail(hmcase_folio(in[0], 2), hmcase_folio(in[1], 2),
			PAGE_SIZE + 128);
}
