#include "kapi.h"

/*
 * Mappings kept in an array: mapped in one loop, released in reverse in
 * another.  Which element an index names is beyond the analysis, so no
 * order can be claimed (the btrfs raid56 parity shapes).
 */
struct stripe_set {
	int nr;
	struct page *pages[8];
	void *scratch[8];
};

void xor_blocks(int n, void **ptrs);

void gen_parity(struct stripe_set *set, struct page *parity)
{
	void *ptrs[9];
	int i;

	for (i = 0; i < set->nr; i++)
		ptrs[i] = kmap_local_page(set->pages[i]);
	ptrs[i++] = kmap_local_page(parity);
	xor_blocks(i, ptrs);
	for (i = i - 1; i >= 0; i--)
		kunmap_local(ptrs[i]);
}

void check_parity(struct stripe_set *set, struct page *p, struct page *q,
		  int rounds)
{
	void *ptrs[8];
	int last = set->nr + 1, r, i;

	ptrs[last] = kmap_local_page(q);
	ptrs[set->nr] = kmap_local_page(p);
	for (r = 0; r < rounds; r++) {
		for (i = 0; i < set->nr; i++)
			ptrs[i] = kmap_local_page(set->pages[i]);
		xor_blocks(set->nr + 2, ptrs);
		for (i = set->nr - 1; i >= 0; i--)
			kunmap_local(ptrs[i]);
	}
	kunmap_local(ptrs[set->nr]);
	kunmap_local(ptrs[last]);
}

/* Constant indices are known elements: this one is out of order. */
void swapped_fixed(struct page *a, struct page *b)
{
	void *ptrs[2];

	ptrs[0] = kmap_local_page(a);
	ptrs[1] = kmap_local_page(b);
	xor_blocks(2, ptrs);
	kunmap_local(ptrs[0]);	/* expect: order */
	kunmap_local(ptrs[1]);
}
