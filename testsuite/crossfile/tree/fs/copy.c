// SPDX-License-Identifier: GPL-2.0
/* Under kmap_atomic, a call that sleeps three files away. */
#include "k.h"

int copy_first(struct page *page)
{
	char *v = kmap_atomic(page);
	int r = outer_helper(v[0]);

	kunmap_atomic(v);
	return r;
}
