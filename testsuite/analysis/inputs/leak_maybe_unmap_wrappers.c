#include "kapi.h"

/*
 * A walk maps a page only when it is in high memory and unmaps it under the
 * same test, each through two levels of helpers (the crypto skcipher walk
 * shape).  The unmap helper releases the mapping on some paths: a caller
 * that calls it has not leaked.
 */
int PageHighMem(const struct page *page);
void *page_address(const struct page *page);

struct sg_walk {
	struct page *page;
	unsigned int offset;
};

struct cipher_walk {
	struct sg_walk in;
	void *src_addr;
	unsigned int nbytes;
};

static inline void walk_unmap(struct sg_walk *w, void *vaddr)
{
	if (PageHighMem(w->page))
		kunmap_atomic(vaddr);
}

static inline void *walk_map(struct sg_walk *w)
{
	return (PageHighMem(w->page) ? kmap_atomic(w->page) :
		page_address(w->page)) + w->offset;
}

static inline void walk_map_src(struct cipher_walk *walk)
{
	walk->src_addr = walk_map(&walk->in);
}

static inline void walk_unmap_src(struct cipher_walk *walk)
{
	walk_unmap(&walk->in, walk->src_addr);
}

int walk_next_copy(struct cipher_walk *walk, unsigned char *tmp)
{
	walk_map_src(walk);
	memcpy(tmp, walk->src_addr, walk->nbytes);
	walk_unmap_src(walk);
	walk->src_addr = tmp;
	return 0;
}
