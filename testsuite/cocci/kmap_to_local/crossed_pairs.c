// SPDX-License-Identifier: GPL-2.0
/*
 * kmap() never cared about release order; kmap_local_page() does.  Two
 * kmap() pairs crossing with adjacent unmaps are converted with the unmaps
 * swapped; a kmap() crossing a kmap_local_page() mapping is kept.
 */
#include <linux/highmem.h>
#include <linux/string.h>
#include <hmcase.h>

static void copy_head(struct page *dst_page, struct page *src_page)
{
	char *dst = kmap(dst_page);
	char *src = kmap(src_page);

	memcpy(dst, src, 256);
	kunmap(dst_page);
	kunmap(src_page);
}

static void copy_head_from_local(struct page *dst_page, struct page *src_page)
{
	char *src = kmap_local_page(src_page);
	char *dst = kmap(dst_page);

	memcpy(dst, src, 256);
	kunmap_local(src);
	kunmap(dst_page);
}

/* What the pages hold at the end: the conversion must not change it. */
unsigned long cocci_digest;

static unsigned long page_digest(struct page *page)
{
	unsigned char *bytes = kmap_local_page(page);
	unsigned long digest = 0;
	unsigned int i;

	for (i = 0; i < PAGE_SIZE; i++)
		digest = digest * 31 + bytes[i];
	kunmap_local(bytes);
	return digest;
}

HMCASE_INPUTS(2, 2);

void hmcase_run(const int *in)
{
	struct page *one = hmcase_page(in[0]), *two = hmcase_page(in[1]);

	copy_head(one, two);
	copy_head_from_local(two, one);
	cocci_digest = page_digest(one) * 7 + page_digest(two);
}
