// SPDX-License-Identifier: GPL-2.0
/*
 * A relocation cache that keeps a kmap_atomic() across calls, its address
 * packed with a flag bit into an unsigned long of the caller's structure:
 * the map helper returns the address too, the remap helper only packs it,
 * the reset helper unmaps.  The aperture path that takes a mutex runs only
 * when nothing is cached.  No leak, and no sleep under the cached mapping.
 */
#include <linux/highmem.h>
#include <linux/mutex.h>
#include <hmcase.h>

#define CACHE_KMAP	0x4UL
#define CACHE_FLAGS	0x7UL

struct cache {
	unsigned long vaddr;
	unsigned long page;
	struct page *pages[2];
	bool use_aperture;
};

static DEFINE_MUTEX(aperture_lock);

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
	vaddr = kmap_atomic(c->pages[c->page & 1]);
	c->vaddr = unmask_flags(c->vaddr) | (unsigned long)vaddr;
}

static void cache_unmap(struct cache *c)
{
	if (c->vaddr & CACHE_KMAP)
		kunmap_atomic(unmask_page(c->vaddr));
}

static void *cache_kmap(struct cache *c, unsigned long pageno)
{
	void *vaddr;

	if (c->vaddr)
		kunmap_atomic(unmask_page(c->vaddr));
	else
		c->vaddr = CACHE_KMAP;
	vaddr = kmap_atomic(c->pages[pageno & 1]);
	c->vaddr = unmask_flags(c->vaddr) | (unsigned long)vaddr;
	c->page = pageno;
	return vaddr;
}

/* Only with nothing cached: the lock is taken to set the aperture up. */
static void *cache_iomap(struct cache *c, unsigned long pageno)
{
	if (!c->use_aperture)
		return NULL;
	if (!c->vaddr) {
		mutex_lock(&aperture_lock);
		c->use_aperture = pageno > 8;
		mutex_unlock(&aperture_lock);
	}
	return NULL;
}

static void *cache_vaddr(struct cache *c, unsigned long pageno)
{
	void *vaddr;

	if (c->vaddr && c->page == pageno) {
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

static void relocate(struct cache *c, unsigned long offset, unsigned int value)
{
	unsigned int *vaddr;
	bool wide = value & 1;

repeat:
	vaddr = cache_vaddr(c, offset / PAGE_SIZE);
	vaddr[(offset % PAGE_SIZE) / 4] = value;
	if (wide) {
		offset += 4;
		wide = false;
		goto repeat;
	}
}

HMCASE_INPUTS(2, 2, 2, 2);

void hmcase_run(const int *in)
{
	struct cache c = { .page = -1, .use_aperture = in[2] };
	unsigned long offsets[3] = { 16, in[3] ? PAGE_SIZE - 4 : 32, PAGE_SIZE + 8 };
	int i;

	c.pages[0] = hmcase_page(in[0]);
	c.pages[1] = hmcase_page(in[1]);
	for (i = 0; i < 3; i++)
		relocate(&c, offsets[i], i + 1);
	cache_unmap(&c);
	cache_remap(&c);
	cache_reset(&c);
}
