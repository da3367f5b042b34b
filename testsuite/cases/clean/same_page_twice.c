// SPDX-License-Identifier: GPL-2.0
/*
 * The same page mapped twice at once (overlapping move inside one page):
 * two independent local mappings, released in reverse order.
 */
#include <linux/highmem.h>
#include <linux/string.h>
#include <hmcase.h>

static void shift_within_page(struct page *page, size_t from, size_t to,
			      size_t len)
{
	char *src = kmap_local_page(page);
	char *dst = kmap_local_page(page);

	memmove(dst + to, src + from, len);
	kunmap_local(dst);
	kunmap_local(src);
}

HMCASE_INPUTS(2);

void hmcase_run(const int *in)
{
	shift_within_page(hmcase_page(in[0]), 0, 100, 200);
}
