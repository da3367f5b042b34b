// SPDX-License-Identifier: GPL-2.0
/*
 * The error path unmaps and then falls through to the common exit, which
 * unmaps again.
 */
#include <linux/highmem.h>
#include <linux/errno.h>
#include <hmcase.h>

static int check_page(struct page *page, bool bad)
{
	unsigned int *addr = kmap_local_page(page);
	int ret = 0;

	if (bad || addr[0] == 0xffffffff) {
		kunmap_local(addr);
		ret = -EIO;
	}
	kunmap_local(addr);	/* expect: unbalanced */
	return ret;
}

HMCASE_INPUTS(2, 2);

void hmcase_run(const int *in)
{
	(void)check_page(hmcase_page(in[0]), in[1]);
}
