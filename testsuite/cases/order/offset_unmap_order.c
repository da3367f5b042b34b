// SPDX-License-Identifier: GPL-2.0
/*
 * kunmap_local() of an address inside the page (not the one returned) still
 * names its mapping: here that mapping is not the most recent one.
 */
#include <linux/highmem.h>
#include <linux/types.h>
#include <hmcase.h>

struct slot {
	u64 key;
	u64 value;
};

static void copy_slot(struct page *dst_page, struct page *src_page, int n)
{
	struct slot *dst = (struct slot *)kmap_local_page(dst_page) + n;
	struct slot *src = (struct slot *)kmap_local_page(src_page) + n;

	*dst = *src;
	kunmap_local(dst);	/* expect: order */
	kunmap_local(src);
}

HMCASE_INPUTS(2, 2);

void hmcase_run(const int *in)
{
	copy_slot(hmcase_page(in[0]), hmcase_page(in[1]), 17);
}
