// SPDX-License-Identifier: GPL-2.0
/*
 * One flag picks kmap() or kmap_atomic(), the same flag picks the unmap:
 * correct code (mm/memory.c's copy_huge_page_from_user() has this shape).
 * A pattern cannot tell that the mixed paths never run, so report mode
 * flags kunmap_atomic() as given a kmap() address (the expected report
 * keeps this false positive on purpose: this is where the analyzer is
 * needed, and hmcheck is silent); patch mode, which needs every path to
 * agree, changes nothing.
 */
#include <linux/highmem.h>
#include <linux/string.h>
#include <hmcase.h>

static void clear_head(struct page *page, bool may_fault)
{
	char *addr;

	if (may_fault)
		addr = kmap(page);
	else
		addr = kmap_atomic(page);
	memset(addr, 0, 64);
	if (may_fault)
		kunmap(page);
	else
		kunmap_atomic(addr);
}

HMCASE_INPUTS(2, 2);

void hmcase_run(const int *in)
{
	clear_head(hmcase_page(in[0]), in[1]);
}
