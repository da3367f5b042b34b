// SPDX-License-Identifier: GPL-2.0
/* The page list: its tail page stays mapped until the list is released. */
#include "plist.h"

int plist_append(struct plist *pl, struct page *page, unsigned int len)
{
	if (pl->mapped_tail)
		kunmap(pl->tail);
	pl->tail = page;
	pl->mapped_tail = kmap(page);
	pl->length += len;
	return 0;
}

void plist_release(struct plist *pl)
{
	if (pl->mapped_tail)
		kunmap(pl->tail);
	pl->mapped_tail = 0;
}
