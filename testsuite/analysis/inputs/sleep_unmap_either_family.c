#include "kapi.h"

/*
 * An iterator that maps with kmap_atomic() or kmap() as its flags say, and
 * a stop helper that unmaps whichever it was (lib/scatterlist.c's
 * sg_miter_next()/sg_miter_stop()).  The stop helper's kunmap() may
 * sleep, but only for a kmap()ed page: a caller holding the atomic
 * mapping does not get there.
 */
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

/* Called with it->page's kmap_atomic() held, ending it: no sleep. */
int copy_atomic(struct iter *it, char *buf, int n)
{
	it->flags = ITER_ATOMIC;
	it->addr = kmap_atomic(it->page);
	memcpy(buf, it->addr, n);
	iter_stop(it);
	return n;
}

/* A kmap() stopped under a spinlock: kunmap() may sleep there. */
int copy_locked(struct iter *it, spinlock_t *lock, char *buf, int n)
{
	it->flags = 0;
	it->addr = kmap(it->page);
	memcpy(buf, it->addr, n);
	spin_lock(lock);
	iter_stop(it);	/* expect: sleep-in-atomic */
	spin_unlock(lock);
	return n;
}

/* The page named through a call (sg_page(segment->sg)): the same shape. */
struct page *iter_page(struct iter *it);

static void iter_stop_by_call(struct iter *it)
{
	if (it->addr) {
		if (it->flags & ITER_ATOMIC)
			kunmap_atomic(it->addr);
		else
			kunmap(iter_page(it));
		it->addr = NULL;
	}
}

int copy_atomic_by_call(struct iter *it, char *buf, int n)
{
	it->flags = ITER_ATOMIC;
	it->addr = kmap_atomic(iter_page(it));
	memcpy(buf, it->addr, n);
	iter_stop_by_call(it);
	return n;
}
