// SPDX-License-Identifier: GPL-2.0
/*
 * An iterator maps with kmap_atomic() or kmap() as its flags say; its stop
 * helper unmaps whichever it was.  The stop helper's kunmap() may sleep,
 * but a caller holding the atomic mapping takes the kunmap_atomic() side.
 */
#include <linux/highmem.h>
#include <linux/string.h>
#include <hmcase.h>

#define ITER_ATOMIC 1

struct iter {
	struct page *page;
	void *addr;
	int flags;
};

static void iter_stop(struct iter *it)
{
	if (it->addr) {
		if (it->flags & ITER_ATOMIC)
			kunmap_atomic(it->addr);
		else
			kunmap(it->page);
		it->addr = NULL;
	}
}

HMCASE_INPUTS(2, 2);

void hmcase_run(const int *in)
{
	struct iter it = { .page = hmcase_page(in[0]) };
	char buf[16];

	it.flags = in[1] ? ITER_ATOMIC : 0;
	if (in[1])
		it.addr = kmap_atomic(it.page);
	else
		it.addr = kmap(it.page);
	memcpy(buf, it.addr, 16);
	iter_stop(&it);
}
