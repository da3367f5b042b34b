// SPDX-License-Identifier: GPL-2.0
/*
 * kunmap_local() takes the address, not the page (the kernel's macro stops
 * this at build time with BUILD_BUG_ON; the kshim lets it through so the
 * engine can see it).  The mapping is never released: it leaks too.
 */
#include <linux/highmem.h>
#include <hmcase.h>

static void set_flag(struct page *page)
{
	unsigned char *addr = kmap_local_page(page);	/* expect: leak */

	addr[0] |= 1;
	kunmap_local(page);	/* expect: wrong-arg */
}

HMCASE_INPUTS(2);

void hmcase_run(const int *in)
{
	set_flag(hmcase_page(in[0]));
}
