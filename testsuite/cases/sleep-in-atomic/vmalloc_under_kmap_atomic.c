// SPDX-License-Identifier: GPL-2.0
/*
 * vmalloc() always may sleep (it has no gfp argument to say otherwise): a
 * large scratch buffer allocated inside a kmap_atomic() section is a bug.
 * Allocating it before mapping is the fix, shown next to it.
 */
#include <linux/highmem.h>
#include <linux/vmalloc.h>
#include <linux/string.h>
#include <hmcase.h>

static void *snapshot_wrong(struct page *page)
{
	void *addr = kmap_atomic(page);
	void *buf = vmalloc(4 * PAGE_SIZE);	/* expect: sleep-in-atomic */

	if (buf)
		memcpy(buf, addr, PAGE_SIZE);
	kunmap_atomic(addr);
	return buf;
}

static void *snapshot_right(struct page *page)
{
	void *buf = vmalloc(4 * PAGE_SIZE);
	void *addr;

	if (!buf)
		return NULL;
	addr = kmap_atomic(page);
	memcpy(buf, addr, PAGE_SIZE);
	kunmap_atomic(addr);
	return buf;
}

HMCASE_INPUTS(2);

void hmcase_run(const int *in)
{
	struct page *page = hmcase_page(in[0]);

	vfree(snapshot_right(page));
	vfree(snapshot_wrong(page));
}
