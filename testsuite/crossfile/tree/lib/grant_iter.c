// SPDX-License-Identifier: GPL-2.0
/*
 * grant_foreach() hands its opaque data to the callback only: its summary
 * cannot say what the callback writes through it.
 */
#include "grant.h"

void grant_foreach(struct page *pg, grant_fn_t fn, void *data)
{
	int g;

	for (g = 0; g < 4; g++)
		if (pg)
			fn(data, g);
}
