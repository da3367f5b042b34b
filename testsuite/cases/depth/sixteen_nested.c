// SPDX-License-Identifier: GPL-2.0
/*
 * Sixteen nested local mappings: one more than 6.1 allows.  The 16th map makes
 * the index reach KM_MAX_IDX (16), and kmap_local_idx_push() BUGs.
 */
#include <linux/highmem.h>
#include <hmcase.h>

static unsigned int xor16(struct page **p)
{
	unsigned char *a0 = kmap_local_page(p[0]);
	unsigned char *a1 = kmap_local_page(p[1]);
	unsigned char *a2 = kmap_local_page(p[2]);
	unsigned char *a3 = kmap_local_page(p[3]);
	unsigned char *a4 = kmap_local_page(p[4]);
	unsigned char *a5 = kmap_local_page(p[5]);
	unsigned char *a6 = kmap_local_page(p[6]);
	unsigned char *a7 = kmap_local_page(p[7]);
	unsigned char *a8 = kmap_local_page(p[8]);
	unsigned char *a9 = kmap_local_page(p[9]);
	unsigned char *a10 = kmap_local_page(p[10]);
	unsigned char *a11 = kmap_local_page(p[11]);
	unsigned char *a12 = kmap_local_page(p[12]);
	unsigned char *a13 = kmap_local_page(p[13]);
	unsigned char *a14 = kmap_local_page(p[14]);
	unsigned char *a15 = kmap_local_page(p[15]);	/* expect: depth */
	unsigned int x;

	x = a0[0] ^ a1[0] ^ a2[0] ^ a3[0] ^ a4[0] ^ a5[0] ^ a6[0] ^ a7[0] ^
	    a8[0] ^ a9[0] ^ a10[0] ^ a11[0] ^ a12[0] ^ a13[0] ^ a14[0] ^
	    a15[0];
	kunmap_local(a15);
	kunmap_local(a14);
	kunmap_local(a13);
	kunmap_local(a12);
	kunmap_local(a11);
	kunmap_local(a10);
	kunmap_local(a9);
	kunmap_local(a8);
	kunmap_local(a7);
	kunmap_local(a6);
	kunmap_local(a5);
	kunmap_local(a4);
	kunmap_local(a3);
	kunmap_local(a2);
	kunmap_local(a1);
	kunmap_local(a0);
	return x;
}

HMCASE_INPUTS(2);

void hmcase_run(const int *in)
{
	struct page *pages[16];
	int i;

	for (i = 0; i < 16; i++)
		pages[i] = hmcase_page(in[0]);
	(void)xor16(pages);
}
