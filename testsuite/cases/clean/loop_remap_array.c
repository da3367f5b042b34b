// SPDX-License-Identifier: GPL-2.0
/*
 * Each iteration of an outer loop maps a run of pages into a frame-local
 * array, from a slot the caller chooses, and an inner loop unmaps them in
 * reverse.  How many the inner loop releases is not known statically, but
 * it releases every one the iteration made.
 */
#include <linux/highmem.h>
#include <hmcase.h>

static unsigned char xor_rows(struct page **pages, int nrows, int first)
{
	unsigned char *pointers[4];
	unsigned char sum = 0;
	int row, slot;

	for (row = 0; row < nrows; row++) {
		slot = first;
		pointers[slot++] = kmap_local_page(pages[0]);
		pointers[slot++] = kmap_local_page(pages[1]);
		sum ^= pointers[first][row] ^ pointers[first + 1][row];
		for (slot = slot - 1; slot >= first; slot--)
			kunmap_local(pointers[slot]);
	}
	return sum;
}

HMCASE_INPUTS(2, 2, 3);

void hmcase_run(const int *in)
{
	struct page *pages[2];

	pages[0] = hmcase_page(in[0]);
	pages[1] = hmcase_page(in[1]);
	(void)xor_rows(pages, 3, in[2]);
}
