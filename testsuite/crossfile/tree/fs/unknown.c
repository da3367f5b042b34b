// SPDX-License-Identifier: GPL-2.0
/* Under kmap_atomic, a function defined nowhere and a function pointer:
 * unknown, so quiet, and -v says so. */
#include "k.h"

int probe_page(struct page *page, int (*op)(int))
{
	char *v = kmap_atomic(page);
	int r = mystery(v[0]) + op(v[1]);

	kunmap_atomic(v);
	return r;
}
