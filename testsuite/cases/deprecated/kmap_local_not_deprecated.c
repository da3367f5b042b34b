// SPDX-License-Identifier: GPL-2.0
/*
 * With `deprecated` enabled, the preferred APIs (kmap_local_page,
 * kmap_local_folio) and the highmem.h helpers built on them report nothing.
 */
#include <linux/highmem.h>
#include <linux/pagemap.h>
#include <linux/string.h>
#include <hmcase.h>

static void fill_local(struct page *page, struct folio *folio)
{
	char *a = kmap_local_page(page);
	char *b = kmap_local_folio(folio, 100);

	memset(a, 1, 64);
	memset(b, 2, 64);
	kunmap_local(b);
	kunmap_local(a);
	memzero_page(page, 0, 32);
}

HMCASE_INPUTS(2);

void hmcase_run(const int *in)
{
	fill_local(hmcase_page(in[0]), hmcase_folio(in[0], 1));
}
