// SPDX-License-Identifier: GPL-2.0
/*
 * A loop that maps and unmaps on each iteration, with an early `continue`
 * and `break` that both come after the unmap.
 */
#include <linux/highmem.h>
#include <linux/types.h>
#include <hmcase.h>

static int count_nonzero_pages(struct page **pages, int npages, int limit)
{
	int i, found = 0;

	for (i = 0; i < npages; i++) {
		u8 *addr = kmap_local_page(pages[i]);
		bool zero = addr[0] == 0 && addr[PAGE_SIZE - 1] == 0;

		kunmap_local(addr);
		if (zero)
			continue;
		if (++found >= limit)
			break;
	}
	return found;
}

HMCASE_INPUTS(2, 3);

void hmcase_run(const int *in)
{
	struct page *pages[4];
	int i;

	for (i = 0; i < 4; i++) {
		u8 *addr;

		pages[i] = hmcase_page(in[0]);
		addr = kmap_local_page(pages[i]);
		addr[0] = i & 1;
		kunmap_local(addr);
	}
	(void)count_nonzero_pages(pages, 4, in[1] + 1);
}
