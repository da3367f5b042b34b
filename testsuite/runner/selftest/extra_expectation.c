// SPDX-License-Identifier: GPL-2.0
/*
 * Runner self-test: clean code that claims a leak.  The runner must fail it
 * (MISSING on the engine side).
 */
#include <linux/highmem.h>
#include <hmcase.h>

static void touch(struct page *page)
{
	char *addr = kmap_local_page(page);	/* expect: leak */

	addr[0] = 1;
	kunmap_local(addr);
}

HMCASE_INPUTS(2);

void hmcase_run(const int *in)
{
	touch(hmcase_page(in[0]));
}
