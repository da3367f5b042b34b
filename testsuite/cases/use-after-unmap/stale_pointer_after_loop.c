// SPDX-License-Identifier: GPL-2.0
/*
 * A loop maps and unmaps each page; after the loop the last page's pointer
 * is used to read the trailer.
 */
#include <linux/highmem.h>
#include <linux/types.h>
#include <hmcase.h>

static u32 sum_with_trailer(struct page **pages, int n)
{
	u32 *data = NULL, sum = 0;
	int i;

	for (i = 0; i < n; i++) {
		data = kmap_local_page(pages[i]);
		sum += data[0];
		kunmap_local(data);
	}
	if (data)
		sum += data[1023];	/* expect: use-after-unmap */
	return sum;
}

HMCASE_INPUTS(2);

void hmcase_run(const int *in)
{
	struct page *pages[2] = { hmcase_page(in[0]), hmcase_page(in[0]) };

	(void)sum_with_trailer(pages, 2);
}
