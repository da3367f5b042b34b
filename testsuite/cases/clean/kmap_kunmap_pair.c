// SPDX-License-Identifier: GPL-2.0
/*
 * kmap()/kunmap(): the pkmap pair, unmapped by page, in process context
 * where kmap() may sleep.  Also two pages held at once, released in either
 * order (pkmap holds are not a stack).
 */
#include <linux/highmem.h>
#include <linux/string.h>
#include <hmcase.h>

static void copy_with_kmap(struct page *dst, struct page *src)
{
	void *d = kmap(dst);
	void *s = kmap(src);

	memcpy(d, s, PAGE_SIZE);
	kunmap(dst);
	kunmap(src);
}

HMCASE_INPUTS(2, 2);

void hmcase_run(const int *in)
{
	copy_with_kmap(hmcase_page(in[0]), hmcase_page(in[1]));
}
