// SPDX-License-Identifier: GPL-2.0
/*
 * kmap() whose kunmap() is skipped on the "nothing to do" path: the pkmap
 * slot stays held (for a lowmem page the debug engine tracks the hold too).
 */
#include <linux/highmem.h>
#include <linux/string.h>
#include <hmcase.h>

static bool page_is_empty(struct page *page)
{
	char *addr = kmap(page);	/* expect: leak */

	if (!addr[0])
		return true;
	kunmap(page);
	return false;
}

HMCASE_INPUTS(2);

void hmcase_run(const int *in)
{
	(void)page_is_empty(hmcase_page(in[0]));
}
