// SPDX-License-Identifier: GPL-2.0
/*
 * Zeroing the tail of a partial page with zero_user() (the truncate and
 * write_end shape), then checking the head through a mapping of our own.
 */
#include <linux/highmem.h>
#include <hmcase.h>

static bool truncate_tail(struct page *page, unsigned int valid)
{
	unsigned char *addr;
	bool head_intact;

	zero_user(page, valid, PAGE_SIZE - valid);
	addr = kmap_local_page(page);
	head_intact = addr[PAGE_SIZE - 1] == 0;
	kunmap_local(addr);
	return head_intact;
}

HMCASE_INPUTS(2, 2);

void hmcase_run(const int *in)
{
	(void)truncate_tail(hmcase_page(in[0]), in[1] ? 1000 : 0);
}
