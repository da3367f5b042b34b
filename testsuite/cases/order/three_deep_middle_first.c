// SPDX-License-Identifier: GPL-2.0
/*
 * Three nested mappings (a raid-style parity update); the middle one is
 * released first.
 */
#include <linux/highmem.h>
#include <hmcase.h>

static void update_parity(struct page *parity, struct page *old,
			  struct page *new)
{
	unsigned long *p = kmap_local_page(parity);
	unsigned long *o = kmap_local_page(old);
	unsigned long *n = kmap_local_page(new);
	unsigned int i;

	for (i = 0; i < PAGE_SIZE / sizeof(long); i++)
		p[i] ^= o[i] ^ n[i];
	kunmap_local(o);	/* expect: order */
	kunmap_local(n);
	kunmap_local(p);
}

HMCASE_INPUTS(2);

void hmcase_run(const int *in)
{
	update_parity(hmcase_page(in[0]), hmcase_page(1), hmcase_page(0));
}
