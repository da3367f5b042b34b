// SPDX-License-Identifier: GPL-2.0
/*
 * An iterator maps a page and hands the address over through a setter that
 * keeps it in the caller's structure; the caller releases it from there.
 */
#include <linux/highmem.h>
#include <linux/string.h>
#include <linux/types.h>
#include <hmcase.h>

struct buf_map {
	void *vaddr;
	bool is_iomem;
};

static inline void buf_map_set_vaddr(struct buf_map *map, void *vaddr)
{
	map->vaddr = vaddr;
	map->is_iomem = false;
}

static void pager_map_local(struct page *page, struct buf_map *dmap)
{
	buf_map_set_vaddr(dmap, kmap_local_page(page));
}

static void pager_unmap_local(struct buf_map *map)
{
	kunmap_local(map->vaddr);
	map->vaddr = NULL;
}

HMCASE_INPUTS(2);

void hmcase_run(const int *in)
{
	struct page *page = hmcase_page(in[0]);
	struct buf_map map;

	pager_map_local(page, &map);
	memset(map.vaddr, 0x5a, 64);
	pager_unmap_local(&map);
}
