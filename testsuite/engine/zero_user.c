// SPDX-License-Identifier: GPL-2.0
/*
 * zero_user.c - zero_user_segments(), out of line in mm/highmem.c with
 * CONFIG_HIGHMEM: zero two byte ranges of a (compound) page, one page at a
 * time through kmap_local.
 */
#include <string.h>
#include "internal.h"

static unsigned int page_size_bytes(const struct page *page)
{
	return (unsigned int)(PAGE_SIZE << page->compound_order);
}

static void zero_range(char *kaddr, unsigned int start, unsigned int end)
{
	memset(kaddr + start, 0, end - start);
}

void zero_user_segments(struct page *page, unsigned start1, unsigned end1,
			unsigned start2, unsigned end2)
{
	unsigned int i;

	if (end1 > page_size_bytes(page) || end2 > page_size_bytes(page))
		hm_bug(__FILE__, __LINE__, "zero_user_segments(): range beyond the page");
	if (start1 >= end1)
		start1 = end1 = 0;
	if (start2 >= end2)
		start2 = end2 = 0;

	for (i = 0; i < (1U << page->compound_order); i++) {
		char *kaddr = NULL;

		if (start1 >= PAGE_SIZE) {
			start1 -= PAGE_SIZE;
			end1 -= PAGE_SIZE;
		} else {
			unsigned int this_end = end1 < PAGE_SIZE ? end1 : PAGE_SIZE;

			if (end1 > start1) {
				kaddr = __kmap_local_page_prot(page + i, (pgprot_t){ 0 });
				zero_range(kaddr, start1, this_end);
			}
			end1 -= this_end;
			start1 = 0;
		}

		if (start2 >= PAGE_SIZE) {
			start2 -= PAGE_SIZE;
			end2 -= PAGE_SIZE;
		} else {
			unsigned int this_end = end2 < PAGE_SIZE ? end2 : PAGE_SIZE;

			if (end2 > start2) {
				if (!kaddr)
					kaddr = __kmap_local_page_prot(page + i, (pgprot_t){ 0 });
				zero_range(kaddr, start2, this_end);
			}
			end2 -= this_end;
			start2 = 0;
		}

		if (kaddr)
			kunmap_local_indexed(kaddr);

		if (!end1 && !end2)
			break;
	}
	if ((start1 | start2 | end1 | end2) != 0)
		hm_bug(__FILE__, __LINE__, "zero_user_segments(): range not consumed");
}
