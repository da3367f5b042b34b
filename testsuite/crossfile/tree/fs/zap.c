// SPDX-License-Identifier: GPL-2.0
/*
 * Under kmap_atomic() (mm/memory.c zap_pte_range() -> free_swap_and_cache()):
 * lib/getter.c's lookup called with no flag neither locks nor calls
 * lib/stable.c; with GET_STABLE it sleeps there.
 */
#include "k.h"

int try_reclaim(unsigned long index);		/* fs/reclaim.c */
int try_reclaim_stable(unsigned long index);	/* fs/reclaim.c */

int zap_one(struct page *page, unsigned long index)
{
	char *v = kmap_atomic(page);
	int freed = try_reclaim(index);

	v[0] = 0;
	kunmap_atomic(v);
	return freed;
}

int zap_one_stable(struct page *page, unsigned long index)
{
	char *v = kmap_atomic(page);
	int freed = try_reclaim_stable(index);

	v[0] = 0;
	kunmap_atomic(v);
	return freed;
}
