// SPDX-License-Identifier: GPL-2.0
/*
 * page_alloc.c - a minimal page allocator over mem_map: naturally aligned
 * blocks of 2^order frames from the zone the gfp flags ask for (highmem
 * falls back to normal, normal to DMA, as the kernel's zonelists do).
 * Blocks of more than one page are compound: a head and tails, a folio.
 */
#include <stdlib.h>
#include "internal.h"

#define ___GFP_DMA	0x01u
#define ___GFP_HIGHMEM	0x02u

static pthread_mutex_t zone_lock = PTHREAD_MUTEX_INITIALIZER;

static void zone_span(enum zone_type zone, unsigned long *start, unsigned long *end)
{
	unsigned long bounds[MAX_NR_ZONES + 1] = {
		0, hm_cfg.dma_frames, hm_cfg.highmem_start, hm_cfg.nr_frames
	};

	*start = bounds[zone];
	*end = bounds[zone + 1];
}

static bool block_free(unsigned long pfn, unsigned long nr)
{
	unsigned long i;

	for (i = 0; i < nr; i++)
		if (mem_map[pfn + i].refcount)
			return false;
	return true;
}

static void prep_compound(struct page *head, unsigned int order)
{
	unsigned long i, nr = 1UL << order;

	for (i = 0; i < nr; i++) {
		head[i].refcount = 1;
		head[i].compound_head = i ? (unsigned long)head | 1 : 0;
	}
	head->compound_order = order;
	if (order)
		head->flags |= 1UL << PG_head;
}

static struct page *alloc_from_zone(enum zone_type zone, unsigned int order)
{
	unsigned long start, end, pfn, nr = 1UL << order;

	zone_span(zone, &start, &end);
	pfn = (start + nr - 1) & ~(nr - 1);
	for (; pfn + nr <= end; pfn += nr) {
		if (block_free(pfn, nr)) {
			prep_compound(&mem_map[pfn], order);
			return &mem_map[pfn];
		}
	}
	return NULL;
}

struct page *hm_alloc_pages(gfp_t gfp, unsigned int order)
{
	int zone = ZONE_NORMAL;
	struct page *page = NULL;

	if (gfp & ___GFP_HIGHMEM)
		zone = ZONE_HIGHMEM;
	else if (gfp & ___GFP_DMA)
		zone = ZONE_DMA;
	pthread_mutex_lock(&zone_lock);
	for (; zone >= 0 && !page; zone--)
		page = alloc_from_zone((enum zone_type)zone, order);
	pthread_mutex_unlock(&zone_lock);
	return page;
}

void hm_free_pages(struct page *page, unsigned int order)
{
	unsigned long i, nr = 1UL << order;

	if (!page)
		return;
	if (!hm_is_page(page))
		hm_bug(__FILE__, __LINE__, "freeing something that is not a page");
	pthread_mutex_lock(&zone_lock);
	for (i = 0; i < nr; i++) {
		page[i].refcount = 0;
		page[i].compound_head = 0;
	}
	page->compound_order = 0;
	page->flags &= ~(1UL << PG_head);
	pthread_mutex_unlock(&zone_lock);
}
