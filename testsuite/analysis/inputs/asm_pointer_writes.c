#include "kapi.h"

/*
 * A transmit path tests whether the frame has paged data (a predicate
 * reading one length member), appends a trailer fragment through a
 * wrapper, maps the fragment, writes the trailer and tests the predicate
 * again to unmap.  The appender only grows the length, so the second test
 * takes the same side (as in modsum_grown_length.c), whether the wrapper
 * hands it a global pool's address or the per-CPU copy's, computed by an
 * asm statement from the global's address as x86's this_cpu_ptr() does
 * (drivers/scsi/fcoe/fcoe.c).  An asm's result points where what it names
 * points, or to global memory.  When the asm computes the pool's address
 * from the frame itself, writes through it may change the frame's length:
 * the fact goes and the leak on the path that skips the unmap is reported.
 */
struct frag {
	struct page *page;
	unsigned int offset;
};

struct frame {
	unsigned int len;
	unsigned int data_len;
	int nr_frags;
	struct frag frags[4];
};

struct trailer_pool {
	struct page *page;
	unsigned int offset;
};

struct pcpu_pool {
	spinlock_t lock;
	struct trailer_pool pool;
};

static struct pcpu_pool pcpu_pools;

extern unsigned long this_cpu_offset;

/* As x86's this_cpu_ptr(): the address is computed by an asm statement. */
#define pool_this_cpu(base) ({						\
	unsigned long addr__;						\
	asm volatile("add %1, %0" : "=r" (addr__)			\
		     : "m" (this_cpu_offset), "0" (base));		\
	(struct trailer_pool *)addr__;					\
})

static inline bool frame_is_paged(const struct frame *f)
{
	return f->data_len;
}

static int append_trailer(struct frame *f, int size, struct trailer_pool *p)
{
	if (!p->page) {
		p->page = alloc_page(GFP_ATOMIC);
		if (!p->page)
			return -12;
		p->offset = 0;
	}
	f->frags[f->nr_frags].page = p->page;
	f->frags[f->nr_frags].offset = p->offset;
	f->nr_frags++;
	f->len += size;
	f->data_len += size;
	p->offset += size;
	return 0;
}

static int append_trailer_this_cpu(struct frame *f, int size)
{
	struct trailer_pool *p;
	int rc;

	spin_lock(&pcpu_pools.lock);
	p = pool_this_cpu(&pcpu_pools.pool);
	rc = append_trailer(f, size, p);
	spin_unlock(&pcpu_pools.lock);
	return rc;
}

/* The asm computes the pool's address from the frame's. */
#define pool_inside(frame) ({						\
	unsigned long addr__;						\
	asm volatile("lea 64(%1), %0" : "=r" (addr__) : "r" (frame));	\
	(struct trailer_pool *)addr__;					\
})

static int append_trailer_inside(struct frame *f, int size)
{
	struct trailer_pool *p = pool_inside(f);

	return append_trailer(f, size, p);
}

static int append_trailer_global(struct frame *f, int size)
{
	int rc;

	spin_lock(&pcpu_pools.lock);
	rc = append_trailer(f, size, &pcpu_pools.pool);
	spin_unlock(&pcpu_pools.lock);
	return rc;
}

/* The pool is a global object. */
int xmit_global_pool(struct frame *f, unsigned int *trailer_word)
{
	unsigned int *tp;

	if (frame_is_paged(f)) {
		struct frag *last;

		if (append_trailer_global(f, 8))
			return -12;
		last = &f->frags[f->nr_frags - 1];
		tp = kmap_atomic(last->page) + last->offset;
	} else {
		tp = trailer_word;
	}
	tp[0] = 0;
	tp[1] = 0x41;
	if (frame_is_paged(f))
		kunmap_atomic(tp);
	return 0;
}

/* The pool's address comes from the asm, from a global's address. */
int xmit_this_cpu_pool(struct frame *f, unsigned int *trailer_word)
{
	unsigned int *tp;

	if (frame_is_paged(f)) {
		struct frag *last;

		if (append_trailer_this_cpu(f, 8))
			return -12;
		last = &f->frags[f->nr_frags - 1];
		tp = kmap_atomic(last->page) + last->offset;
	} else {
		tp = trailer_word;
	}
	tp[0] = 0;
	tp[1] = 0x41;
	if (frame_is_paged(f))
		kunmap_atomic(tp);
	return 0;
}

int xmit_pool_inside(struct frame *f, unsigned int *trailer_word)
{
	unsigned int *tp;

	if (frame_is_paged(f)) {
		struct frag *last;

		if (append_trailer_inside(f, 8))
			return -12;
		last = &f->frags[f->nr_frags - 1];
		tp = kmap_atomic(last->page) + last->offset;	/* expect: leak */
	} else {
		tp = trailer_word;
	}
	tp[0] = 0;
	tp[1] = 0x41;
	if (frame_is_paged(f))
		kunmap_atomic(tp);
	return 0;
}
