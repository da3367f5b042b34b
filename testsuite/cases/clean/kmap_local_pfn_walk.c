// SPDX-License-Identifier: GPL-2.0
/*
 * kmap_local_pfn() over the frames of a physically contiguous range, one
 * mapping at a time.
 */
#include <linux/highmem.h>
#include <linux/mm.h>
#include <hmcase.h>

static unsigned long sum_frames(unsigned long first_pfn, int nr)
{
	unsigned long sum = 0;
	int i;

	for (i = 0; i < nr; i++) {
		unsigned long *addr = kmap_local_pfn(first_pfn + i);

		sum += addr[0];
		kunmap_local(addr);
	}
	return sum;
}

HMCASE_INPUTS(2);

void hmcase_run(const int *in)
{
	struct folio *folio = hmcase_folio(in[0], 2);

	(void)sum_frames(page_to_pfn(&folio->page), 4);
}
