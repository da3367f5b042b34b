#include "kapi.h"

/*
 * Each iteration of an outer loop maps a pair of pages into an array and
 * an inner loop unmaps them in reverse (btrfs raid56 finish_rmw() shape).
 * Made and released in every iteration: the unmaps release them.  When
 * the array belongs to a structure reached from outside, it keeps the
 * addresses after the release (escape, true by the rule's letter); a
 * frame-local array dies with the call: no leak either, as the inner
 * loop releases an unknown number of them.  (The slots start at an index
 * the analysis does not know, as raid56's do.)
 */
struct stripes {
	void **pointers;
	struct page **pages;
};

void xor_blocks(int n, void **ptrs);

void parity_into_shared(struct stripes *r, int nsectors, int first)
{
	void **pointers = r->pointers;
	int sector, stripe;

	for (sector = 0; sector < nsectors; sector++) {
		stripe = first;
		pointers[stripe++] = kmap_local_page(r->pages[0]);	/* expect: escape */
		pointers[stripe++] = kmap_local_page(r->pages[1]);	/* expect: escape */
		xor_blocks(stripe, pointers);
		for (stripe = stripe - 1; stripe >= first; stripe--)
			kunmap_local(pointers[stripe]);
	}
}

void parity_into_local(struct stripes *r, int nsectors, int first)
{
	void *pointers[8];
	int sector, stripe;

	for (sector = 0; sector < nsectors; sector++) {
		stripe = first;
		pointers[stripe++] = kmap_local_page(r->pages[0]);
		pointers[stripe++] = kmap_local_page(r->pages[1]);
		xor_blocks(stripe, pointers);
		for (stripe = stripe - 1; stripe >= first; stripe--)
			kunmap_local(pointers[stripe]);
	}
}
