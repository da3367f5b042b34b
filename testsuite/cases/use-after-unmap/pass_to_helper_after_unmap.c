// SPDX-License-Identifier: GPL-2.0
/*
 * An unmapped address handed to a helper that reads through it.  hmcheck
 * reports the call that passes the dead address; the engine faults on the
 * read inside the helper.
 */
#include <linux/highmem.h>
#include <linux/types.h>
#include <hmcase.h>

static u32 parse_length(const u8 *p)
{
	return p[0] | p[1] << 8;	/* expect-runtime: use-after-unmap -- the fault happens here, in the helper */
}

static u32 record_length(struct page *page, unsigned int off)
{
	u8 *addr = kmap_local_page(page);
	u8 *rec = addr + off;

	kunmap_local(addr);
	return parse_length(rec);	/* expect-static: use-after-unmap -- the engine faults inside parse_length */
}

HMCASE_INPUTS(2);

void hmcase_run(const int *in)
{
	(void)record_length(hmcase_page(in[0]), 40);
}
