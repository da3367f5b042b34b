// SPDX-License-Identifier: GPL-2.0
/*
 * A checksum over a range of pages, mapping each page in turn (the shape of
 * lib/ and crypto/ walkers): one mapping live at a time.
 */
#include <linux/highmem.h>
#include <linux/types.h>
#include <hmcase.h>

static u32 checksum_page(struct page *page, unsigned int offset,
			 unsigned int len, u32 sum)
{
	const u8 *data = kmap_local_page(page);
	unsigned int i;

	for (i = 0; i < len; i++)
		sum = (sum << 1 | sum >> 31) ^ data[offset + i];
	kunmap_local(data);
	return sum;
}

static u32 checksum_pages(struct page **pages, int npages)
{
	u32 sum = 0;
	int i;

	for (i = 0; i < npages; i++)
		sum = checksum_page(pages[i], 0, PAGE_SIZE, sum);
	return sum;
}

HMCASE_INPUTS(2, 2);

void hmcase_run(const int *in)
{
	struct page *pages[3] = {
		hmcase_page(in[0]), hmcase_page(in[1]), hmcase_page(in[0]),
	};

	(void)checksum_pages(pages, 3);
}
