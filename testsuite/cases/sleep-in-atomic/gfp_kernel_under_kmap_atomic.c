// SPDX-License-Identifier: GPL-2.0
/*
 * kmalloc(GFP_KERNEL) may sleep in direct reclaim: not under kmap_atomic().
 * The GFP_ATOMIC version next to it is fine.
 */
#include <linux/highmem.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <hmcase.h>

static void *copy_out_wrong(struct page *page, size_t len)
{
	void *addr = kmap_atomic(page);
	void *copy = kmalloc(len, GFP_KERNEL);	/* expect: sleep-in-atomic */

	if (copy)
		memcpy(copy, addr, len);
	kunmap_atomic(addr);
	return copy;
}

static void *copy_out_right(struct page *page, size_t len)
{
	void *addr = kmap_atomic(page);
	void *copy = kmalloc(len, GFP_ATOMIC);

	if (copy)
		memcpy(copy, addr, len);
	kunmap_atomic(addr);
	return copy;
}

HMCASE_INPUTS(2);

void hmcase_run(const int *in)
{
	struct page *page = hmcase_page(in[0]);

	kfree(copy_out_right(page, 48));
	kfree(copy_out_wrong(page, 48));
}
