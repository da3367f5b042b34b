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

HMCASE_INPUTS(2, 2);

void hmcase_run(const int *in)
{
	copy_head_misordered(hmcase_page(in[0]), hmcase_page(in[1]));
}
