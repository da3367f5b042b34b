/* SPDX-License-Identifier: GPL-2.0 */
/* gfp.h - the kernel's gfp bits; a page allocation that may block may sleep. */
#ifndef _LINUX_GFP_H
#define _LINUX_GFP_H

#include <linux/types.h>

#define ___GFP_DMA		0x01u
#define ___GFP_HIGHMEM		0x02u
#define ___GFP_DMA32		0x04u
#define ___GFP_MOVABLE		0x08u
#define ___GFP_RECLAIMABLE	0x10u
#define ___GFP_HIGH		0x20u
#define ___GFP_IO		0x40u
#define ___GFP_FS		0x80u
#define ___GFP_ZERO		0x100u
#define ___GFP_ATOMIC		0x200u
#define ___GFP_DIRECT_RECLAIM	0x400u
#define ___GFP_KSWAPD_RECLAIM	0x800u
#define ___GFP_WRITE		0x1000u
#define ___GFP_NOWARN		0x2000u
#define ___GFP_RETRY_MAYFAIL	0x4000u
#define ___GFP_NOFAIL		0x8000u
#define ___GFP_NORETRY		0x10000u
#define ___GFP_MEMALLOC		0x20000u
#define ___GFP_COMP		0x40000u
#define ___GFP_NOMEMALLOC	0x80000u
#define ___GFP_HARDWALL		0x100000u
#define ___GFP_THISNODE		0x200000u
#define ___GFP_ACCOUNT		0x400000u

#define __GFP_DMA		((gfp_t)___GFP_DMA)
#define __GFP_HIGHMEM		((gfp_t)___GFP_HIGHMEM)
#define __GFP_DMA32		((gfp_t)___GFP_DMA32)
#define __GFP_MOVABLE		((gfp_t)___GFP_MOVABLE)
#define __GFP_RECLAIMABLE	((gfp_t)___GFP_RECLAIMABLE)
#define __GFP_HIGH		((gfp_t)___GFP_HIGH)
#define __GFP_IO		((gfp_t)___GFP_IO)
#define __GFP_FS		((gfp_t)___GFP_FS)
#define __GFP_ZERO		((gfp_t)___GFP_ZERO)
#define __GFP_ATOMIC		((gfp_t)___GFP_ATOMIC)
#define __GFP_DIRECT_RECLAIM	((gfp_t)___GFP_DIRECT_RECLAIM)
#define __GFP_KSWAPD_RECLAIM	((gfp_t)___GFP_KSWAPD_RECLAIM)
#define __GFP_RECLAIM		((gfp_t)(___GFP_DIRECT_RECLAIM | ___GFP_KSWAPD_RECLAIM))
#define __GFP_WRITE		((gfp_t)___GFP_WRITE)
#define __GFP_NOWARN		((gfp_t)___GFP_NOWARN)
#define __GFP_RETRY_MAYFAIL	((gfp_t)___GFP_RETRY_MAYFAIL)
#define __GFP_NOFAIL		((gfp_t)___GFP_NOFAIL)
#define __GFP_NORETRY		((gfp_t)___GFP_NORETRY)
#define __GFP_MEMALLOC		((gfp_t)___GFP_MEMALLOC)
#define __GFP_COMP		((gfp_t)___GFP_COMP)
#define __GFP_NOMEMALLOC	((gfp_t)___GFP_NOMEMALLOC)
#define __GFP_HARDWALL		((gfp_t)___GFP_HARDWALL)
#define __GFP_THISNODE		((gfp_t)___GFP_THISNODE)
#define __GFP_ACCOUNT		((gfp_t)___GFP_ACCOUNT)

#define GFP_ATOMIC	(__GFP_HIGH | __GFP_ATOMIC | __GFP_KSWAPD_RECLAIM)
#define GFP_KERNEL	(__GFP_RECLAIM | __GFP_IO | __GFP_FS)
#define GFP_KERNEL_ACCOUNT (GFP_KERNEL | __GFP_ACCOUNT)
#define GFP_NOWAIT	(__GFP_KSWAPD_RECLAIM)
#define GFP_NOIO	(__GFP_RECLAIM)
#define GFP_NOFS	(__GFP_RECLAIM | __GFP_IO)
#define GFP_USER	(__GFP_RECLAIM | __GFP_IO | __GFP_FS | __GFP_HARDWALL)
#define GFP_DMA		__GFP_DMA
#define GFP_DMA32	__GFP_DMA32
#define GFP_HIGHUSER	(GFP_USER | __GFP_HIGHMEM)
#define GFP_HIGHUSER_MOVABLE	(GFP_HIGHUSER | __GFP_MOVABLE)

static inline bool gfpflags_allow_blocking(const gfp_t gfp_flags)
{
	return !!(gfp_flags & __GFP_DIRECT_RECLAIM);
}

/* might_alloc(): an allocation that may block may sleep. */
static inline void hm_might_alloc(gfp_t gfp_mask)
{
	if (gfpflags_allow_blocking(gfp_mask))
		hm_might_sleep();
}

static inline struct page *alloc_pages(gfp_t gfp_mask, unsigned int order)
{
	hm_might_alloc(gfp_mask);
	return hm_alloc_pages(gfp_mask, order);
}

static inline void __free_pages(struct page *page, unsigned int order)
{
	hm_free_pages(page, order);
}

static inline unsigned long __get_free_pages(gfp_t gfp_mask, unsigned int order)
{
	struct page *page = (alloc_pages)(gfp_mask & ~__GFP_HIGHMEM, order);

	return page ? (unsigned long)lowmem_page_address(page) : 0;
}

static inline void free_pages(unsigned long addr, unsigned int order)
{
	if (addr)
		hm_free_pages(hm_virt_to_page((const void *)addr), order);
}

static inline struct folio *folio_alloc(gfp_t gfp, unsigned int order)
{
	return (struct folio *)(alloc_pages)(gfp, order);
}

#define __get_free_pages(gfp_mask, order) (HM_HERE(), __get_free_pages(gfp_mask, order))
#define __get_free_page(gfp_mask)	__get_free_pages(gfp_mask, 0)
#define get_zeroed_page(gfp_mask)	__get_free_pages((gfp_mask) | __GFP_ZERO, 0)
#define free_page(addr)			free_pages((addr), 0)
#define folio_alloc(gfp, order)		(HM_HERE(), folio_alloc(gfp, order))
#define alloc_pages_node(nid, gfp_mask, order)	alloc_pages(gfp_mask, order)
#define alloc_pages(gfp_mask, order)	(HM_HERE(), alloc_pages(gfp_mask, order))
#define alloc_page(gfp_mask)		alloc_pages(gfp_mask, 0)
#define __free_page(page)		__free_pages((page), 0)

#endif
