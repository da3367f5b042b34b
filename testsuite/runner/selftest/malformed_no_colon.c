// SPDX-License-Identifier: GPL-2.0
/*
 * Runner self-test: an expectation without its colon.
 */
#include <linux/highmem.h>
#include <hmcase.h>

static void leak(struct page *page)
{
	char *addr = kmap_local_page(page);	/* expect leak */

	addr[0] = 1;
}

HMCASE_INPUTS(1);

void hmcase_run(const int *in)
{
	(void)in;
	leak(hmcase_page(1));
}
