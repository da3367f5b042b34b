// SPDX-License-Identifier: GPL-2.0
/*
 * The caller holds a mapping while a helper maps and unmaps its own: the
 * helper's mapping is on top of the caller's and is gone before the caller
 * unmaps, so the stack order holds across the call.
 */
#include <linux/highmem.h>
#include <linux/string.h>
#include <hmcase.h>

static void append_from(char *dst, size_t *len, struct page *src)
{
	char *s = kmap_local_page(src);

	memcpy(dst + *len, s, 8);
	*len += 8;
	kunmap_local(s);
}

static size_t concat(struct page *dst_page, struct page **src, int n)
{
	char *dst = kmap_local_page(dst_page);
	size_t len = 0;
	int i;

	for (i = 0; i < n; i++)
		append_from(dst, &len, src[i]);
	kunmap_local(dst);
	return len;
}

HMCASE_INPUTS(2, 2);

void hmcase_run(const int *in)
{
	struct page *src[3] = {
		hmcase_page(in[1]), hmcase_page(0), hmcase_page(1),
	};

	(void)concat(hmcase_page(in[0]), src, 3);
}
