// SPDX-License-Identifier: GPL-2.0
/*
 * The same code must hold for lowmem pages (page_address) and highmem pages
 * (a real temporary mapping); the inputs run both zones, both families.
 */
#include <linux/highmem.h>
#include <hmcase.h>

static unsigned long first_word(struct page *page, bool atomic)
{
	unsigned long *addr, word;

	if (atomic) {
		addr = kmap_atomic(page);
		word = addr[0];
		kunmap_atomic(addr);
	} else {
		addr = kmap_local_page(page);
		word = addr[0];
		kunmap_local(addr);
	}
	return word;
}

HMCASE_INPUTS(2, 2);

void hmcase_run(const int *in)
{
	(void)first_word(hmcase_page(in[0]), in[1]);
}
