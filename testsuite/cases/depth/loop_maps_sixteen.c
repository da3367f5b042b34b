// SPDX-License-Identifier: GPL-2.0
/*
 * A loop that maps every source page up front, sized by a constant one
 * larger than the kmap_local stack allows (15 nested): the 16th iteration
 * overflows it.
 */
#include <linux/highmem.h>
#include <hmcase.h>

#define NR_DISKS 16

static unsigned char parity(struct page **pages)
{
	unsigned char *addr[NR_DISKS], p = 0;
	int i;

	for (i = 0; i < NR_DISKS; i++)
		addr[i] = kmap_local_page(pages[i]);	/* expect: depth */
	for (i = 0; i < NR_DISKS; i++)
		p ^= addr[i][0];
	for (i = NR_DISKS - 1; i >= 0; i--)
		kunmap_local(addr[i]);
	return p;
}

HMCASE_INPUTS(2);

void hmcase_run(const int *in)
{
	struct page *pages[NR_DISKS];
	int i;

	for (i = 0; i < NR_DISKS; i++)
		pages[i] = hmcase_page(in[0]);
	(void)parity(pages);
}
