// SPDX-License-Identifier: GPL-2.0
/*
 * A kmap_local_page() mapping released with kunmap(page): wrong family; the
 * local mapping stays on the stack and leaks.
 */
#include <linux/highmem.h>
#include <linux/string.h>
#include <hmcase.h>

static void stamp(struct page *page, unsigned int seq)
{
	unsigned int *addr = kmap_local_page(page);	/* expect: leak */

	addr[0] = seq;
	kunmap(page);	/* expect: wrong-arg */
}

HMCASE_INPUTS(1);

void hmcase_run(const int *in)
{
	(void)in;
	stamp(hmcase_page(1), 5);
}
