// SPDX-License-Identifier: GPL-2.0
/*
 * A helper hands back a mapping it made (a map wrapper), so that mapping is
 * on top of the caller's own; the caller releases its own first.
 */
#include <linux/highmem.h>
#include <linux/string.h>
#include <hmcase.h>

static char *map_journal(struct page *journal)
{
	char *j = kmap_local_page(journal);

	j[0] = 'J';
	return j;
}

static void commit(struct page *data_page, struct page *journal)
{
	char *data = kmap_local_page(data_page);
	char *j = map_journal(journal);

	memcpy(j + 1, data, 15);
	kunmap_local(data);	/* expect: order */
	kunmap_local(j);
}

HMCASE_INPUTS(2, 2);

void hmcase_run(const int *in)
{
	commit(hmcase_page(in[0]), hmcase_page(in[1]));
}
