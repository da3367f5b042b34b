/* SPDX-License-Identifier: GPL-2.0 */
/*
 * mm.h - pages: pfn conversions over the engine's mem_map, zones from
 * page->flags, compound pages and folios, the direct map.
 */
#ifndef _LINUX_MM_H
#define _LINUX_MM_H

#include <string.h>
#include <linux/types.h>
#include <linux/kernel.h>
#include <linux/mm_types.h>
#include <linux/gfp.h>

#define PAGE_KERNEL	((pgprot_t){ 0x163 })
#define PAGE_KERNEL_RO	((pgprot_t){ 0x161 })
#define PFN_PHYS(pfn)	((phys_addr_t)(pfn) << PAGE_SHIFT)
#define PHYS_PFN(x)	((unsigned long)((x) >> PAGE_SHIFT))
#define offset_in_page(p)	((unsigned long)(p) & ~PAGE_MASK)
#define PAGE_ALIGN(addr)	ALIGN(addr, PAGE_SIZE)

#define page_to_pfn(page)	((unsigned long)((page) - mem_map))
#define pfn_to_page(pfn)	(mem_map + (pfn))
#define pfn_valid(pfn)		((unsigned long)(pfn) < max_mapnr)
#define __va(x)			hm_va((unsigned long)(x))
#define __pa(x)			hm_pa((const void *)(x))
#define virt_to_page(kaddr)	hm_virt_to_page((const void *)(kaddr))
#define page_to_virt(page)	lowmem_page_address(page)

static inline enum zone_type page_zonenum(const struct page *page)
{
	return (enum zone_type)((page->flags >> ZONES_PGSHIFT) & ZONES_MASK);
}

static inline bool is_highmem_idx(enum zone_type idx)
{
	return idx == ZONE_HIGHMEM;
}

static inline int PageHighMem(const struct page *page)
{
	return is_highmem_idx(page_zonenum(page));
}

static inline struct page *compound_head(const struct page *page)
{
	if (page->compound_head & 1)
		return (struct page *)(page->compound_head - 1);
	return (struct page *)page;
}

static inline int PageCompound(const struct page *page)
{
	return (page->flags & (1UL << PG_head)) || (page->compound_head & 1);
}

static inline unsigned int compound_order(const struct page *page)
{
	return (page->flags & (1UL << PG_head)) ? page->compound_order : 0;
}

static inline unsigned long compound_nr(const struct page *page)
{
	return 1UL << compound_order(page);
}

static inline size_t page_size(const struct page *page)
{
	return PAGE_SIZE << compound_order(page);
}

static inline void get_page(struct page *page)
{
	compound_head(page)->refcount++;
}

static inline void put_page(struct page *page)
{
	compound_head(page)->refcount--;
}

static inline int page_count(const struct page *page)
{
	return compound_head(page)->refcount;
}

#define SetPageDirty(page)	((page)->flags |= 1UL << PG_dirty)
#define ClearPageDirty(page)	((page)->flags &= ~(1UL << PG_dirty))
#define PageDirty(page)		(!!((page)->flags & (1UL << PG_dirty)))
#define SetPageUptodate(page)	((page)->flags |= 1UL << PG_uptodate)
#define PageUptodate(page)	(!!((page)->flags & (1UL << PG_uptodate)))
#define set_page_dirty(page)	(SetPageDirty(page), 1)

/* Folios: a folio is its head page. */
#define page_folio(p)		((struct folio *)compound_head(p))
#define folio_page(folio, n)	(&(folio)->page + (n))
#define folio_nr_pages(folio)	compound_nr(&(folio)->page)
#define folio_size(folio)	page_size(&(folio)->page)
#define folio_test_highmem(folio)	PageHighMem(&(folio)->page)
#define folio_pfn(folio)	page_to_pfn(&(folio)->page)
#define folio_get(folio)	get_page(&(folio)->page)
#define folio_put(folio)	put_page(&(folio)->page)
#define folio_address(folio)	page_address(&(folio)->page)

static inline void clear_page(void *page)
{
	memset(page, 0, PAGE_SIZE);
}

static inline void copy_page(void *to, void *from)
{
	memcpy(to, from, PAGE_SIZE);
}

#define clear_user_page(addr, vaddr, page) \
	((void)(vaddr), (void)(page), clear_page(addr))
#define copy_user_page(to, from, vaddr, page) \
	((void)(vaddr), (void)(page), copy_page(to, from))

#endif
