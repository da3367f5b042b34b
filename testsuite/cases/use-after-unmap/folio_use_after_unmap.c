// SPDX-License-Identifier: GPL-2.0
/*
 * A kmap_local_folio() mapping at an offset, read after kunmap_local().
 */
#include <linux/highmem.h>
#include <linux/pagemap.h>
#include <linux/types.h>
#include <hmcase.h>

static u64 folio_read_tail(struct folio *folio, size_t pos)
{
	u64 *p = kmap_local_folio(folio, pos);
	u64 first = p[0];

	kunmap_local(p);
	return first + p[1];	/* expect: use-after-unmap */
}

HMCASE_INPUTS(2);

void hmcase_run(const int *in)
{
	(void)folio_read_tail(hmcase_folio(in[0], 2), PAGE_SIZE + 256);
}
