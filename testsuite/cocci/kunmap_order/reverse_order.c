// SPDX-License-Identifier: GPL-2.0
/*
 * Clean: reverse order, sequential mappings, a mapping per loop iteration,
 * and a kmap() (no stack, any order) around a local one.
 */
#include <linux/highmem.h>
#include <linux/string.h>
#include <hmcase.h>

static void copy_head(struct page *dst_page, struct page *src_page)
{
	char *dst = kmap_local_page(dst_page);
	char *src = kmap_local_page(src_page);

	memcpy(dst, src, 64);
	kunmap_local(src);
	kunmap_local(dst);
}

static void clear_both(struct page *a_page, struct page *b_page)
{
	char *a = kmap_local_page(a_page);
	char *b;

	memset(a, 0, 64);
	kunmap_local(a);
	b = kmap_local_page(b_page);
	memset(b, 0, 64);
	kunmap_local(b);
}

static void clear_all(struct page **pages, int count)
{
	int i;

	for (i = 0; i < count; i++) {
		char *addr = kmap_local_page(pages[i]);

		memset(addr, 0, 64);
		kunmap_local(addr);
	}
}

static void copy_from_kmap(struct page *dst_page, struct page *src_page)
{
	char *src = kmap(src_page);
	char *dst = kmap_local_page(dst_page);

	memcpy(dst, src, 64);
	kunmap(src_page);
	kunmap_local(dst);
}

HMCASE_INPUTS(2, 2);

void hmcase_run(const int *in)
{
	struct page *pages[2] = { hmcase_page(in[0]), hmcase_page(in[1]) };

	copy_head(pages[0], pages[1]);
	clear_both(pages[0], pages[1]);
	clear_all(pages, 2);
	copy_from_kmap(pages[1], pages[0]);
}
