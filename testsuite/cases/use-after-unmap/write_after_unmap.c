// SPDX-License-Identifier: GPL-2.0
/*
 * A late fix-up written through the mapping after it was released.
 */
#include <linux/highmem.h>
#include <linux/string.h>
#include <hmcase.h>

static void init_page(struct page *page, bool terminate)
{
	char *addr = kmap_local_page(page);

	memset(addr, ' ', 128);
	kunmap_local(addr);
	if (terminate)
		addr[127] = '\0';	/* expect: use-after-unmap */
}

HMCASE_INPUTS(2, 2);

void hmcase_run(const int *in)
{
	init_page(hmcase_page(in[0]), in[1]);
}
