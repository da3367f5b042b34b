// SPDX-License-Identifier: GPL-2.0
/*
 * kmap_local_folio() at an offset, leaked when the record is too short.
 */
#include <linux/highmem.h>
#include <linux/pagemap.h>
#include <linux/errno.h>
#include <linux/types.h>
#include <hmcase.h>

static int parse_record(struct folio *folio, size_t pos, u16 *type)
{
	u16 *rec = kmap_local_folio(folio, pos);	/* expect: leak */

	if (rec[1] < 4)
		return -EUCLEAN;
	*type = rec[0];
	kunmap_local(rec);
	return 0;
}

HMCASE_INPUTS(2);

void hmcase_run(const int *in)
{
	u16 type;

	(void)parse_record(hmcase_folio(in[0], 2), PAGE_SIZE + 8, &type);
}
