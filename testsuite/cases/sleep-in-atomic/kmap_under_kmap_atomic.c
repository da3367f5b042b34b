// SPDX-License-Identifier: GPL-2.0
/*
 * kmap() may sleep (waiting for a free pkmap slot), so it must not be called
 * while a kmap_atomic() mapping is held.  Nor may kunmap(): in 6.1 it starts
 * with might_sleep() too.
 */
#include <linux/highmem.h>
#include <linux/string.h>
#include <hmcase.h>

static void copy_mixed(struct page *dst, struct page *src)
{
	char *s = kmap_atomic(src);
	char *d = kmap(dst);	/* expect: sleep-in-atomic */

	memcpy(d, s, 256);
	kunmap(dst);	/* expect: sleep-in-atomic */
	kunmap_atomic(s);
}

HMCASE_INPUTS(2, 2);

void hmcase_run(const int *in)
{
	copy_mixed(hmcase_page(in[0]), hmcase_page(in[1]));
}
