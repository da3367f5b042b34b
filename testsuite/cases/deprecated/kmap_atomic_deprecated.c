// SPDX-License-Identifier: GPL-2.0
/*
 * Correct kmap_atomic() code is still deprecated (highmem.rst: prefer
 * kmap_local_page()).  `deprecated` is off by default; the runner enables
 * it for this directory.  A run-time matter it is not.
 */
#include <linux/highmem.h>
#include <linux/string.h>
#include <hmcase.h>

static void copy_atomic(struct page *dst, struct page *src)
{
	char *d = kmap_atomic(dst);	/* expect-static: deprecated -- advice, nothing happens at run time */
	char *s = kmap_atomic(src);	/* expect-static: deprecated -- advice, nothing happens at run time */

	memcpy(d, s, PAGE_SIZE);
	kunmap_atomic(s);
	kunmap_atomic(d);
}

HMCASE_INPUTS(2, 2);

void hmcase_run(const int *in)
{
	copy_atomic(hmcase_page(in[0]), hmcase_page(in[1]));
}
