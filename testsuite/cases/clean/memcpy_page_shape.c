// SPDX-License-Identifier: GPL-2.0
/*
 * The memcpy_page() shape: map the destination, then the source, copy, and
 * unmap in the reverse order.  Clean for every mix of lowmem and highmem.
 */
#include <linux/highmem.h>
#include <linux/string.h>
#include <hmcase.h>

static void copy_page_range(struct page *dst_page, size_t dst_off,
			    struct page *src_page, size_t src_off, size_t len)
{
	char *dst = kmap_local_page(dst_page);
	char *src = kmap_local_page(src_page);

	memcpy(dst + dst_off, src + src_off, len);
	kunmap_local(src);
	kunmap_local(dst);
}

HMCASE_INPUTS(2, 2);

void hmcase_run(const int *in)
{
	copy_page_range(hmcase_page(in[0]), 64, hmcase_page(in[1]), 128, 256);
}
