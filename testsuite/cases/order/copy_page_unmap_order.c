// SPDX-License-Identifier: GPL-2.0
/*
 * The memcpy_page() shape with the unmaps swapped: the destination, mapped
 * first, is released while the source is still on top of the stack.  The
 * correct version sits next to it.
 */
#include <linux/highmem.h>
#include <linux/string.h>
#include <hmcase.h>

static void copy_page_wrong(struct page *dst, struct page *src)
{
	char *d = kmap_local_page(dst);
	char *s = kmap_local_page(src);

	memcpy(d, s, PAGE_SIZE);
	kunmap_local(d);	/* expect: order */
	kunmap_local(s);
}

static void copy_page_right(struct page *dst, struct page *src)
{
	char *d = kmap_local_page(dst);
	char *s = kmap_local_page(src);

	memcpy(d, s, PAGE_SIZE);
	kunmap_local(s);
	kunmap_local(d);
}

HMCASE_INPUTS(2, 2);

void hmcase_run(const int *in)
{
	struct page *a = hmcase_page(in[0]), *b = hmcase_page(in[1]);

	copy_page_right(a, b);
	copy_page_wrong(a, b);
}
