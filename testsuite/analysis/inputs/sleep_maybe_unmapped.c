#include "kapi.h"

/*
 * A walk maps with kmap_atomic() only for highmem pages and unmaps under
 * the same test, in two helpers (crypto/skcipher.c's shape).  After the
 * unmap helper the analysis cannot tell the test apart: the mapping may
 * be gone, so a sleep there is not surely in atomic context.
 */
int PageHighMem(struct page *page);
void *page_address(struct page *page);
void cond_sleep(int flags);

struct walk {
	struct page *page;
	void *addr;
	int flags;
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

int walk_step(struct walk *walk, const char *src, int n)
{
	walk_map(walk);
	memcpy(walk->addr, src, n);
	walk_unmap(walk);
	if (walk->flags)
		msleep(1);
	return n;
}

int walk_sleeps_mapped(struct walk *walk, const char *src, int n)
{
	walk_map(walk);
	msleep(1);	/* expect: sleep-in-atomic */
	memcpy(walk->addr, src, n);
	walk_unmap(walk);
	return n;
}
