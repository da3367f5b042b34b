// SPDX-License-Identifier: GPL-2.0
/* Callers of lib/pfnmap.c's unmap helper: the page is named by its pfn. */
#include "k.h"
#include "pfn.h"

struct page {
	unsigned long flags;
};

int must_retry(void);
void use(void *addr);

int map_or_retry(unsigned long pfn, void **out)
{
	void *p = kmap(pfn_to_page(pfn));

	if (must_retry()) {
		unmap_pfn(pfn);
		return -1;
	}
	*out = p;
	return 0;
}

void unmap_twice(unsigned long pfn)
{
	void *p = kmap(pfn_to_page(pfn));

	use(p);
	unmap_pfn(pfn);
	unmap_pfn(pfn);
}
