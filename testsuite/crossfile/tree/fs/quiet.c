// SPDX-License-Identifier: GPL-2.0
/* Calls to other files that do not sleep under kmap_atomic, and one that
 * sleeps made after the unmap: nothing to report. */
#include "k.h"

int sum_page(struct page *page, struct mutex *lock)
{
	char *v = kmap_atomic(page);
	int r = harmless(v[0]);

	kunmap_atomic(v);
	return locked_update(lock, r);
}
