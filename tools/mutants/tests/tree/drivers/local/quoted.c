// SPDX-License-Identifier: GPL-2.0
/* quoted.c - includes "local.h", which only its own directory has. */
#include "mutants.h"
#include "local.h"

void clear_head(struct page *page)
{
	char *addr = kmap_local_page(page);

	memset(addr, 0, LOCAL_LENGTH);
	kunmap_local(addr);
}
