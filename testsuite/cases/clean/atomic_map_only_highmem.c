// SPDX-License-Identifier: GPL-2.0
/*
 * A walk maps with kmap_atomic() only for highmem pages, and its unmap
 * helper tests the same page again; the sleep between two steps comes
 * after the unmap helper, whichever kind of page it was.
 */
#include <linux/delay.h>
#include <linux/highmem.h>
#include <linux/string.h>
#include <hmcase.h>

struct walk {
	struct page *page;
	void *addr;
	int may_sleep;
};

static void walk_map(struct walk *walk)
{
	if (PageHighMem(walk->page))
		walk->addr = kmap_atomic(walk->page);
	else
		walk->addr = page_address(walk->page);
}

static void walk_unmap(struct walk *walk)
{
	if (PageHighMem(walk->page))
		kunmap_atomic(walk->addr);
}

HMCASE_INPUTS(2, 2);

void hmcase_run(const int *in)
{
	struct walk walk = { .page = hmcase_page(in[0]), .may_sleep = in[1] };
	char src[8] = "abcdefg";

	walk_map(&walk);
	memcpy(walk.addr, src, 8);
	walk_unmap(&walk);
	if (walk.may_sleep)
		msleep(1);
}
