// SPDX-License-Identifier: GPL-2.0
/*
 * Correlated branches: the mapping is taken and released under the same
 * condition, which does not change in between.  Clean on every path.
 */
#include <linux/highmem.h>
#include <linux/string.h>
#include <hmcase.h>

static void maybe_fill(struct page *page, bool need, char *scratch)
{
	char *p = NULL;

	if (need)
		p = kmap_local_page(page);
	memset(scratch, 0x5a, 16);
	if (need)
		memcpy(p, scratch, 16);
	if (need)
		kunmap_local(p);
}

HMCASE_INPUTS(2, 2);

void hmcase_run(const int *in)
{
	char scratch[16];

	maybe_fill(hmcase_page(in[0]), in[1], scratch);
}
