// SPDX-License-Identifier: GPL-2.0
/*
 * kmap_local_page() and kmap_atomic() push on the same stack: releasing
 * the outer local mapping before the inner atomic one is out of order.
 */
#include <linux/highmem.h>
#include <linux/string.h>
#include <hmcase.h>

static void merge_into(struct page *target, struct page *patch)
{
	char *dst = kmap_local_page(target);
	char *src = kmap_atomic(patch);

	memcpy(dst + 64, src, 64);
	kunmap_local(dst);	/* expect: order */
	kunmap_atomic(src);
}

HMCASE_INPUTS(2, 2);

void hmcase_run(const int *in)
{
	merge_into(hmcase_page(in[0]), hmcase_page(in[1]));
}
