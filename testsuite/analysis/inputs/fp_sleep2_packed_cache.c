#include "kapi.h"

/*
 * A relocation cache that keeps a kmap_atomic() across calls, its address
 * packed with flag bits into an unsigned long of the caller's structure
 * (i915's reloc_cache): the map helper returns the address too, the remap
 * helper only packs it, and the reset helper unmaps.  The structure owns
 * the mapping: neither helper nor the caller that writes through the
 * returned address leaks it.
 */
#define CACHE_KMAP	0x4UL
#define CACHE_FLAGS	0x7UL

struct cache {
	unsigned long vaddr;
	unsigned long page;
	struct page *pages[4];
};

static inline void *unmask_page(unsigned long p)
{
	return (void *)(p & ~CACHE_FLAGS);
}

static inline unsigned int unmask_flags(unsigned long p)
{
	return p & CACHE_FLAGS;
}

static void cache_reset(struct cache *c)
{
	if (!c->vaddr)
		return;
	if (c->vaddr & CACHE_KMAP)
		kunmap_atomic(unmask_page(c->vaddr));
	c->vaddr = 0;
	c->page = -1;
}

static void cache_remap(struct cache *c)
{
	void *vaddr;

	if (!c->vaddr)
		return;
	vaddr = kmap_atomic(c->pages[c->page & 3]);
	c->vaddr = unmask_flags(c->vaddr) | (unsigned long)vaddr;
}

int prepare_write(struct cache *c, unsigned int *flushes);
#define MAX_ERRNO	4095
#define IS_ERR(p)	((unsigned long)(void *)(p) >= (unsigned long)-MAX_ERRNO)
#define ERR_PTR(e)	((void *)(long)(e))
#define PTR_ERR(p)	((long)(p))

static void *cache_kmap(struct cache *c, unsigned long pageno)
{
	void *vaddr;

	if (c->vaddr) {
		kunmap_atomic(unmask_page(c->vaddr));
	} else {
		unsigned int flushes;
		int err = prepare_write(c, &flushes);

		if (err)
			return ERR_PTR(err);
		c->vaddr = flushes | CACHE_KMAP;
	}
	vaddr = kmap_atomic(c->pages[pageno & 3]);
	c->vaddr = unmask_flags(c->vaddr) | (unsigned long)vaddr;
	c->page = pageno;
	return vaddr;
}

/* Sets up the aperture (and may sleep) only when nothing is cached. */
void *aperture_map(struct cache *c, unsigned long pageno);
extern struct mutex aperture_lock;

static void *cache_iomap(struct cache *c, unsigned long pageno)
{
	if (!c->vaddr) {
		mutex_lock(&aperture_lock);
		c->page = pageno;
		mutex_unlock(&aperture_lock);
	}
	return aperture_map(c, pageno);
}

static void *cache_vaddr(struct cache *c, unsigned long pageno)
{
	void *vaddr;

	if (c->page == pageno) {
		vaddr = unmask_page(c->vaddr);
	} else {
		vaddr = NULL;
		if ((c->vaddr & CACHE_KMAP) == 0)
			vaddr = cache_iomap(c, pageno);
		if (!vaddr)
			vaddr = cache_kmap(c, pageno);
	}
	return vaddr;
}

long relocate(struct cache *c, unsigned long offset, unsigned int value)
{
	unsigned int *vaddr;
	bool wide = value & 1;

repeat:
	vaddr = cache_vaddr(c, offset >> 12);
	if (IS_ERR(vaddr))
		return PTR_ERR(vaddr);
	vaddr[(offset & 4095) / 4] = value;
	if (wide) {
		offset += 4;
		wide = false;
		goto repeat;
	}
	return value;
}

int relocate_all(struct cache *c, const unsigned long *offsets, int n)
{
	int i;

	for (i = 0; i < n; i++)
		relocate(c, offsets[i], i);
	cache_reset(c);
	cache_remap(c);
	cache_reset(c);
	return 0;
}

/* A value read through the mapping, or-ed with a flag, is no address. */
struct stash {
	unsigned long word;
};

void stash_first_word(struct stash *st, struct page *page)
{
	unsigned long *addr = kmap_atomic(page);	/* expect: leak */

	st->word = addr[0] | CACHE_KMAP;
}

/* Packed into a structure on the stack: nobody keeps it after the return. */
unsigned long packed_locally(struct page *page)
{
	struct cache local = { 0 };
	void *vaddr = kmap_atomic(page);	/* expect: leak */

	local.vaddr = CACHE_KMAP | (unsigned long)vaddr;
	return local.page;
}
