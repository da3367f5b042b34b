// SPDX-License-Identifier: GPL-2.0
/*
 * Fifteen nested local mappings, the most 6.1 allows: kmap_local_idx_push()
 * moves the index, then BUG_ON(idx >= KM_MAX_IDX (16)).  Allowed, as long as
 * they are released in reverse order.
 */
#include <linux/highmem.h>
#include <hmcase.h>

#define NR_SOURCES 15

static unsigned int xor_pages(struct page **pages)
{
	unsigned char *addr[NR_SOURCES];
	unsigned int result = 0;
	int i;

	for (i = 0; i < NR_SOURCES; i++)
		addr[i] = kmap_local_page(pages[i]);
	for (i = 0; i < NR_SOURCES; i++)
		result ^= addr[i][0];
	for (i = NR_SOURCES - 1; i >= 0; i--)
		kunmap_local(addr[i]);
	return result;
}

HMCASE_INPUTS(2);

void hmcase_run(const int *in)
{
	struct page *pages[NR_SOURCES];
	int i;

	for (i = 0; i < NR_SOURCES; i++)
		pages[i] = hmcase_page(in[0]);
	(void)xor_pages(pages);
}
