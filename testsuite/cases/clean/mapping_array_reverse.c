// SPDX-License-Identifier: GPL-2.0
/*
 * Parity over a stripe: every data page and the parity page mapped into an
 * array in one loop, released in reverse by index in another.
 */
#include <linux/highmem.h>
#include <linux/types.h>
#include <hmcase.h>

#define NR_DATA 3

static void gen_parity(struct page **data, int nr, struct page *parity)
{
	u8 *ptrs[NR_DATA + 1];
	int i, j;

	for (i = 0; i < nr; i++)
		ptrs[i] = kmap_local_page(data[i]);
	ptrs[i++] = kmap_local_page(parity);
	for (j = 0; j < 64; j++)
		ptrs[nr][j] = ptrs[0][j] ^ ptrs[1][j] ^ ptrs[2][j];
	for (i = i - 1; i >= 0; i--)
		kunmap_local(ptrs[i]);
}

HMCASE_INPUTS(2, 2);

void hmcase_run(const int *in)
{
	struct page *data[NR_DATA];
	int i;

	for (i = 0; i < NR_DATA; i++)
		data[i] = hmcase_page(in[0] + i);
	gen_parity(data, NR_DATA, hmcase_page(in[1]));
}
