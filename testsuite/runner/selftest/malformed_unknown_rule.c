// SPDX-License-Identifier: GPL-2.0
/*
 * Runner self-test: a misspelt rule name must not be dropped silently.
 */
#include <linux/highmem.h>
#include <hmcase.h>

static void swap_wrong(struct page *a, struct page *b)
{
	char *pa = kmap_local_page(a);
	char *pb = kmap_local_page(b);

	pa[0] = pb[0];
	kunmap_local(pa);	/* expect: ordering */
	kunmap_local(pb);
}

HMCASE_INPUTS(2);

void hmcase_run(const int *in)
{
	swap_wrong(hmcase_page(in[0]), hmcase_page(1));
}
