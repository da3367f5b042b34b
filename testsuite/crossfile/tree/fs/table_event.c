// SPDX-License-Identifier: GPL-2.0
/*
 * Under kmap_atomic(), lib/table.c's allocation is called after the table
 * was tested or dereferenced (no sleep), or without (a sleep).
 */
#include "k.h"
#include "table.h"

void table_event(struct tdev *d, struct page *page, int v)
{
	char *p = kmap_atomic(page);

	if (d->table)
		table_alloc(d);
	if (d->table[0] != v)
		table_set(d, 0, p[0]);
	kunmap_atomic(p);
}

void table_event_untested(struct tdev *d, struct page *page)
{
	char *p = kmap_atomic(page);

	table_set(d, 0, p[0]);
	kunmap_atomic(p);
}
