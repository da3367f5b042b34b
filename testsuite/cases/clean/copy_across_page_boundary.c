// SPDX-License-Identifier: GPL-2.0
/*
 * Copying a byte range that spans pages from one page array to another,
 * both mapped per chunk and released in reverse order each time (the
 * shape of scatterlist and bio copy loops).
 */
#include <linux/highmem.h>
#include <linux/string.h>
#include <linux/minmax.h>
#include <hmcase.h>

static void copy_pages_range(struct page **dst, struct page **src,
			     size_t offset, size_t len)
{
	while (len) {
		size_t index = offset / PAGE_SIZE;
		size_t in_page = offset % PAGE_SIZE;
		size_t chunk = min_t(size_t, len, PAGE_SIZE - in_page);
		char *to = kmap_local_page(dst[index]);
		char *from = kmap_local_page(src[index]);

		memcpy(to + in_page, from + in_page, chunk);
		kunmap_local(from);
		kunmap_local(to);
		offset += chunk;
		len -= chunk;
	}
}

HMCASE_INPUTS(2, 2);

void hmcase_run(const int *in)
{
	struct page *dst[3], *src[3];
	int i;

	for (i = 0; i < 3; i++) {
		dst[i] = hmcase_page(in[0]);
		src[i] = hmcase_page(in[1]);
	}
	copy_pages_range(dst, src, 3000, 6000);
}
