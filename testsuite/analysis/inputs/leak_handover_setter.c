#include "kapi.h"

/*
 * A header setter keeps what it is given in the caller's structure: the
 * mapping passed to it is handed over (the ttm kmap iterator shape), and
 * one kept in a local structure is found there again when it is released.
 */
struct vmap {
	void *vaddr;
	bool is_iomem;
};

static inline void vmap_set_vaddr(struct vmap *map, void *vaddr)
{
	map->vaddr = vaddr;
	map->is_iomem = false;
}

struct iter {
	struct page **pages;
};

void iter_map_local(struct iter *it, struct vmap *dmap, int i)
{
	vmap_set_vaddr(dmap, kmap_local_page(it->pages[i]));
}

void iter_copy(struct iter *it, int i, const void *src, size_t len)
{
	struct vmap map;

	vmap_set_vaddr(&map, kmap_local_page(it->pages[i]));
	memcpy(map.vaddr, src, len);
	kunmap_local(map.vaddr);
}

/* Kept in a local structure only: nobody releases it. */
void iter_forget(struct iter *it, int i, const void *src, size_t len)
{
	struct vmap map;

	vmap_set_vaddr(&map, kmap_local_page(it->pages[i]));	/* expect: leak */
	memcpy(map.vaddr, src, len);
}

/* Handed over, then released here: the caller's copy dangles. */
void iter_map_drop(struct iter *it, struct vmap *dmap, int i)
{
	void *v = kmap_local_page(it->pages[i]);

	vmap_set_vaddr(dmap, v);	/* expect: escape */
	kunmap_local(v);
}
