// SPDX-License-Identifier: GPL-2.0
/*
 * The helpers of <linux/highmem.h> (memcpy_page, memcpy_to_page,
 * memcpy_from_page, memzero_page, memset_page, clear_highpage,
 * copy_highpage) used as intended: they map and unmap internally.
 */
#include <linux/highmem.h>
#include <hmcase.h>

static void shuffle_pages(struct page *a, struct page *b)
{
	char buf[32] = "kernel-style test buffer";

	clear_highpage(b);
	memcpy_to_page(a, 100, buf, sizeof(buf));
	memcpy_page(b, 0, a, 100, sizeof(buf));
	memcpy_from_page(buf, b, 0, sizeof(buf));
	memzero_page(a, 0, 64);
	memset_page(a, 64, 0xff, 64);
	copy_highpage(b, a);
}

HMCASE_INPUTS(2, 2);

void hmcase_run(const int *in)
{
	shuffle_pages(hmcase_page(in[0]), hmcase_page(in[1]));
}
