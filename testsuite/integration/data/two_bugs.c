// SPDX-License-Identifier: GPL-2.0
/* two_bugs.c - a leak and an unmap in the wrong order, for the output tests. */
#include <linux/highmem.h>
#include <linux/string.h>

int two_bugs_fill(struct page *page, size_t len)
{
	char *p = kmap_local_page(page);

	if (len > PAGE_SIZE)
		return -22;
	memset(p, 0, len);
	kunmap_local(p);
	return 0;
}

void two_bugs_copy(struct page *dst, struct page *src)
{
	char *d = kmap_local_page(dst);
	char *s = kmap_local_page(src);

	memcpy(d, s, PAGE_SIZE);
	kunmap_local(d);
	kunmap_local(s);
}
