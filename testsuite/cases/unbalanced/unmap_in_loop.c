// SPDX-License-Identifier: GPL-2.0
/*
 * The mapping is taken once before the loop but released inside it: the
 * second iteration writes through, then unmaps, what is no longer mapped.
 */
#include <linux/highmem.h>
#include <linux/types.h>
#include <hmcase.h>

static void clear_entries(struct page *page, int n)
{
	u64 *table = kmap_local_page(page);
	int i;

	for (i = 0; i < n; i++) {
		table[i] = 0;	/* expect: use-after-unmap */
		kunmap_local(table);	/* expect-static: unbalanced -- at run time the second iteration faults on the line above first */
	}
}

HMCASE_INPUTS(2);

void hmcase_run(const int *in)
{
	clear_entries(hmcase_page(in[0]), 1);
	clear_entries(hmcase_page(in[0]), 2);
}
