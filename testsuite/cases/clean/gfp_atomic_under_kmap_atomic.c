// SPDX-License-Identifier: GPL-2.0
/*
 * Allocating under kmap_atomic() is allowed when the gfp flags forbid
 * sleeping: GFP_ATOMIC and GFP_NOWAIT.
 */
#include <linux/highmem.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <hmcase.h>

static void *dup_header_atomic(struct page *page, size_t len)
{
	void *addr = kmap_atomic(page);
	void *copy = kmalloc(len, GFP_ATOMIC);

	if (copy)
		memcpy(copy, addr, len);
	kunmap_atomic(addr);
	return copy;
}

static void *dup_header_nowait(struct page *page, size_t len)
{
	void *addr = kmap_atomic(page);
	void *copy = kzalloc(len, GFP_NOWAIT | __GFP_NOWARN);

	if (copy)
		memcpy(copy, addr, len);
	kunmap_atomic(addr);
	return copy;
}

HMCASE_INPUTS(2);

void hmcase_run(const int *in)
{
	struct page *page = hmcase_page(in[0]);

	kfree(dup_header_atomic(page, 32));
	kfree(dup_header_nowait(page, 32));
}
