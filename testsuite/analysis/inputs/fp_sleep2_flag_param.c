#include "kapi.h"

/*
 * A segment helper that maps with kmap_atomic() on the receive path and
 * with kmap() (which may sleep) on the transmit path, as its `recv` flag
 * says (libiscsi_tcp's iscsi_tcp_segment_map()); the mapping is kept in
 * the caller's segment until the next step unmaps it.  A receive loop
 * passes 1: while it holds the atomic mapping of the previous step, the
 * next step does not sleep.  Passing 0 there would.
 */
struct segment {
	struct page *page;
	char *mapped;
	char *data;
	bool atomic;
	unsigned int copied, size;
};

static void segment_map(struct segment *seg, int recv)
{
	if (seg->data || !seg->page)
		return;
	if (!recv && seg->size > 4096)
		return;		/* sent from the page itself */
	if (recv) {
		seg->atomic = true;
		seg->mapped = kmap_atomic(seg->page);
	} else {
		seg->atomic = false;
		seg->mapped = kmap(seg->page);
	}
	seg->data = seg->mapped;
}

static void segment_unmap(struct segment *seg)
{
	if (seg->mapped) {
		if (seg->atomic)
			kunmap_atomic(seg->mapped);
		else
			kunmap(seg->page);
		seg->mapped = NULL;
		seg->data = NULL;
	}
}

static int segment_done(struct segment *seg, int recv, unsigned int copied)
{
	seg->copied += copied;
	if (seg->copied < seg->size) {
		segment_map(seg, recv);
		return 0;
	}
	segment_unmap(seg);
	return 1;
}

unsigned int segment_recv(struct segment *seg, const char *ptr,
			  unsigned int len)
{
	unsigned int copy = 0, copied = 0;

	while (!segment_done(seg, 1, copy)) {
		if (copied == len)
			break;
		copy = len - copied;
		if (copy > seg->size - seg->copied)
			copy = seg->size - seg->copied;
		memcpy(seg->data + seg->copied, ptr + copied, copy);
		copied += copy;
	}
	return copied;
}

/* The flag passed on by a caller: still decided by the constant above it. */
static int step(struct segment *seg, int recv, unsigned int n)
{
	return segment_done(seg, recv, n);
}

int recv_under_lock(struct segment *seg, spinlock_t *lock, unsigned int n)
{
	int done;

	spin_lock(lock);
	done = step(seg, 1, n);
	spin_unlock(lock);
	return done;
}

int xmit_under_lock(struct segment *seg, spinlock_t *lock, unsigned int n)
{
	int done;

	spin_lock(lock);
	done = step(seg, 0, n);	/* expect: sleep-in-atomic */
	spin_unlock(lock);
	return done;
}

/* A flag only known at run time: the helper may sleep. */
int either_under_lock(struct segment *seg, spinlock_t *lock, int recv)
{
	int done;

	spin_lock(lock);
	done = step(seg, recv, 1);	/* expect: sleep-in-atomic */
	spin_unlock(lock);
	return done;
}
