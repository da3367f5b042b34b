// SPDX-License-Identifier: GPL-2.0
/*
 * kmap_local_page() and kmap_atomic() share one per-task stack: nesting an
 * atomic mapping inside a local one is fine when the atomic one goes first.
 */
#include <linux/highmem.h>
#include <linux/string.h>
#include <hmcase.h>

static void stamp_page(struct page *target, struct page *stamp)
{
	char *dst = kmap_local_page(target);
	char *src = kmap_atomic(stamp);

	memcpy(dst, src, 8);
	kunmap_atomic(src);
	kunmap_local(dst);
}

HMCASE_INPUTS(2, 2);

void hmcase_run(const int *in)
{
	stamp_page(hmcase_page(in[0]), hmcase_page(in[1]));
}
