// SPDX-License-Identifier: GPL-2.0
/*
 * Runner self-test: an expect-static on a line where nothing escapes.  The
 * runner must fail it (MISSING on the hmcheck side).
 */
#include <linux/highmem.h>
#include <hmcase.h>

static void touch(struct page *page)
{
	char *addr = kmap_local_page(page);

	addr[0] = 1;	/* expect-static: escape -- nothing escapes here */
	kunmap_local(addr);
}

HMCASE_INPUTS(2);

void hmcase_run(const int *in)
{
	touch(hmcase_page(in[0]));
}
