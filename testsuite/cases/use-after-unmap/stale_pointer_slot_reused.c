// SPDX-License-Identifier: GPL-2.0
/*
 * A stale local-mapping pointer used after its slot was taken again by the
 * next kmap_local_page(): the write lands in the other page, no fault
 * happens, so only hmcheck can see it.
 */
#include <linux/highmem.h>
#include <hmcase.h>

static void tag_two_pages(struct page *a, struct page *b)
{
	unsigned char *pa, *pb;

	pa = kmap_local_page(a);
	pa[0] = 'A';
	kunmap_local(pa);

	pb = kmap_local_page(b);
	pb[0] = 'B';
	pa[1] = 'a';	/* expect-static: use-after-unmap -- the slot is mapped again (to b): no fault for the engine to see */
	kunmap_local(pb);
}

HMCASE_INPUTS(2, 2);

void hmcase_run(const int *in)
{
	tag_two_pages(hmcase_page(in[0]), hmcase_page(in[1]));
}
