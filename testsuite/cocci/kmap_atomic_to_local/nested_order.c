// SPDX-License-Identifier: GPL-2.0
/*
 * Nested kmap_atomic() sections unmapped in mapping order, the two unmaps
 * adjacent: the conversion swaps them, so kmap_local_page()'s stack is
 * released in reverse order.
 */
#include <linux/highmem.h>
#include <linux/string.h>
#include <hmcase.h>

static void copy_head_misordered(struct page *dst_page, struct page *src_page)
{
	char *dst = kmap_atomic(dst_page);
	char *src = kmap_atomic(src_page);

	memcpy(dst, src, 64);
	kunmap_atomic(dst);
	kunmap_atomic(src);
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

	copy_head_misordered(one, two);
	cocci_digest = page_digest(one) * 7 + page_digest(two);
}
