// SPDX-License-Identifier: GPL-2.0
/*
 * Nested kmap_atomic() sections unmapped in mapping order with code between
 * the two unmaps: which order is right needs a human, so neither pair is
 * converted and the report says why.
 */
#include <linux/highmem.h>
#include <linux/string.h>
#include <hmcase.h>

static int compare_heads_misordered(struct page *a_page, struct page *b_page)
{
	char *a = kmap_atomic(a_page);
	char *b = kmap_atomic(b_page);
	int same;

	same = !memcmp(a, b, 64);
	kunmap_atomic(a);
	b[0] = same;
	kunmap_atomic(b);
	return same;
}

HMCASE_INPUTS(2, 2);

void hmcase_run(const int *in)
{
	compare_heads_misordered(hmcase_page(in[0]), hmcase_page(in[1]));
}
