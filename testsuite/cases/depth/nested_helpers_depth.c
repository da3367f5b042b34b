// SPDX-License-Identifier: GPL-2.0
/*
 * Depth reached across a call: the caller holds eight local mappings and
 * calls a helper that takes eight kmap_atomic() mappings of its own; they
 * all share one stack, and the helper's last map is the 16th, one more than
 * 6.1 allows.
 */
#include <linux/highmem.h>
#include <hmcase.h>

static unsigned int sum_atomic8(struct page **p)
{
	unsigned int *b0 = kmap_atomic(p[0]);
	unsigned int *b1 = kmap_atomic(p[1]);
	unsigned int *b2 = kmap_atomic(p[2]);
	unsigned int *b3 = kmap_atomic(p[3]);
	unsigned int *b4 = kmap_atomic(p[4]);
	unsigned int *b5 = kmap_atomic(p[5]);
	unsigned int *b6 = kmap_atomic(p[6]);
	unsigned int *b7 = kmap_atomic(p[7]);	/* expect-runtime: depth -- the engine sees the overflowing map itself */
	unsigned int s = b0[0] + b1[0] + b2[0] + b3[0] + b4[0] + b5[0] +
			 b6[0] + b7[0];

	kunmap_atomic(b7);
	kunmap_atomic(b6);
	kunmap_atomic(b5);
	kunmap_atomic(b4);
	kunmap_atomic(b3);
	kunmap_atomic(b2);
	kunmap_atomic(b1);
	kunmap_atomic(b0);
	return s;
}

static unsigned int sum_all(struct page **p)
{
	unsigned int *a[8], s = 0;
	int i;

	for (i = 0; i < 8; i++)
		a[i] = kmap_local_page(p[i]);
	s = sum_atomic8(p + 8);	/* expect-static: depth -- the engine places it at the helper's 8th kmap_atomic */
	for (i = 7; i >= 0; i--) {
		s += a[i][0];
		kunmap_local(a[i]);
	}
	return s;
}

HMCASE_INPUTS(2);

void hmcase_run(const int *in)
{
	struct page *pages[16];
	int i;

	for (i = 0; i < 16; i++)
		pages[i] = hmcase_page(in[0]);
	(void)sum_all(pages);
}
