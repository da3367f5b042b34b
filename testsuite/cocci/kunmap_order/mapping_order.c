// SPDX-License-Identifier: GPL-2.0
/*
 * Nested local mappings released in the order they were made: two pages,
 * three pages with the middle one first, and kmap_local_page() under
 * kmap_atomic().
 */
#include <linux/highmem.h>
#include <linux/string.h>
#include <hmcase.h>

static void copy_head(struct page *dst_page, struct page *src_page)
{
	char *dst = kmap_local_page(dst_page);
	char *src = kmap_local_page(src_page);

	memcpy(dst, src, 64);
	kunmap_local(dst);
	kunmap_local(src);
}

static void xor_pages(struct page *dst_page, struct page *a_page,
		      struct page *b_page)
{
	char *dst = kmap_local_page(dst_page);
	char *a = kmap_local_page(a_page);
	char *b = kmap_local_page(b_page);
	int i;

	for (i = 0; i < 64; i++)
		dst[i] = a[i] ^ b[i];
	kunmap_local(a);
	kunmap_local(b);
	kunmap_local(dst);
}

static void copy_head_atomic(struct page *dst_page, struct page *src_page)
{
	char *dst = kmap_atomic(dst_page);
	char *src = kmap_local_page(src_page);

	memcpy(dst, src, 64);
	kunmap_atomic(dst);
	kunmap_local(src);
}

HMCASE_INPUTS(2, 2);

void hmcase_run(const int *in)
{
	struct page *one = hmcase_page(in[0]), *two = hmcase_page(in[1]);
	struct page *three = hmcase_page(in[0]);

	copy_head(one, two);
	xor_pages(three, one, two);
	copy_head_atomic(two, one);
}
