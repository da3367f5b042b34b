// SPDX-License-Identifier: GPL-2.0
/*
 * The map and the unmap are guarded by two different conditions; when the
 * first holds and the second does not, the mapping is never released.
 */
#include <linux/highmem.h>
#include <linux/string.h>
#include <hmcase.h>

static void maybe_patch(struct page *page, bool map_it, bool dirty)
{
	char *p = NULL;

	if (map_it)
		p = kmap_local_page(page);	/* expect: leak */
	if (p)
		memset(p, 0, 8);
	if (dirty && p)
		kunmap_local(p);
}

HMCASE_INPUTS(2, 2, 2);

void hmcase_run(const int *in)
{
	maybe_patch(hmcase_page(in[0]), in[1], in[2]);
}
