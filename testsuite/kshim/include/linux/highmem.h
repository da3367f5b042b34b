/* SPDX-License-Identifier: GPL-2.0 */
/*
 * highmem.h - 6.1's page helpers, built on kmap_local as in the kernel.
 * Each is also a macro of its own name that notes the caller's line, so a
 * violation inside one (a sleep in atomic context, the 17th nested map) is
 * placed at the call in the kernel-style source.
 */
#ifndef _LINUX_HIGHMEM_H
#define _LINUX_HIGHMEM_H

#include <linux/kernel.h>
#include <linux/bug.h>
#include <linux/cacheflush.h>
#include <linux/mm.h>
#include <linux/string.h>
#include <linux/uaccess.h>
#include <linux/hardirq.h>

#include "highmem-internal.h"

static inline void clear_user_highpage(struct page *page, unsigned long vaddr)
{
	void *addr = (kmap_local_page)(page);

	clear_user_page(addr, vaddr, page);
	__kunmap_local(addr);
}

static inline void clear_highpage(struct page *page)
{
	void *kaddr = (kmap_local_page)(page);

	clear_page(kaddr);
	__kunmap_local(kaddr);
}

static inline void zero_user_segment(struct page *page, unsigned start, unsigned end)
{
	zero_user_segments(page, start, end, 0, 0);
}

static inline void zero_user(struct page *page, unsigned start, unsigned size)
{
	zero_user_segments(page, start, start + size, 0, 0);
}

static inline void copy_user_highpage(struct page *to, struct page *from,
				      unsigned long vaddr, struct vm_area_struct *vma)
{
	char *vfrom, *vto;

	(void)vma;
	vfrom = (kmap_local_page)(from);
	vto = (kmap_local_page)(to);
	copy_user_page(vto, vfrom, vaddr, to);
	__kunmap_local(vto);
	__kunmap_local(vfrom);
}

static inline void copy_highpage(struct page *to, struct page *from)
{
	char *vfrom, *vto;

	vfrom = (kmap_local_page)(from);
	vto = (kmap_local_page)(to);
	copy_page(vto, vfrom);
	__kunmap_local(vto);
	__kunmap_local(vfrom);
}

static inline void memcpy_page(struct page *dst_page, size_t dst_off,
			       struct page *src_page, size_t src_off,
			       size_t len)
{
	char *dst = (kmap_local_page)(dst_page);
	char *src = (kmap_local_page)(src_page);

	VM_BUG_ON(dst_off + len > PAGE_SIZE || src_off + len > PAGE_SIZE);
	memcpy(dst + dst_off, src + src_off, len);
	__kunmap_local(src);
	__kunmap_local(dst);
}

static inline void memset_page(struct page *page, size_t offset, int val,
			       size_t len)
{
	char *addr = (kmap_local_page)(page);

	VM_BUG_ON(offset + len > PAGE_SIZE);
	memset(addr + offset, val, len);
	__kunmap_local(addr);
}

static inline void memcpy_from_page(char *to, struct page *page,
				    size_t offset, size_t len)
{
	char *from = (kmap_local_page)(page);

	VM_BUG_ON(offset + len > PAGE_SIZE);
	memcpy(to, from + offset, len);
	__kunmap_local(from);
}

static inline void memcpy_to_page(struct page *page, size_t offset,
				  const char *from, size_t len)
{
	char *to = (kmap_local_page)(page);

	VM_BUG_ON(offset + len > PAGE_SIZE);
	memcpy(to + offset, from, len);
	flush_dcache_page(page);
	__kunmap_local(to);
}

static inline void memzero_page(struct page *page, size_t offset, size_t len)
{
	char *addr = (kmap_local_page)(page);

	VM_BUG_ON(offset + len > PAGE_SIZE);
	memset(addr + offset, 0, len);
	flush_dcache_page(page);
	__kunmap_local(addr);
}

static inline void folio_zero_segments(struct folio *folio,
		size_t start1, size_t xend1, size_t start2, size_t xend2)
{
	zero_user_segments(&folio->page, (unsigned)start1, (unsigned)xend1,
			   (unsigned)start2, (unsigned)xend2);
}

static inline void folio_zero_segment(struct folio *folio, size_t start, size_t xend)
{
	zero_user_segments(&folio->page, (unsigned)start, (unsigned)xend, 0, 0);
}

static inline void folio_zero_range(struct folio *folio, size_t start, size_t length)
{
	zero_user_segments(&folio->page, (unsigned)start, (unsigned)(start + length), 0, 0);
}

#define zero_user_segments(page, s1, e1, s2, e2) \
	(HM_HERE(), zero_user_segments(page, s1, e1, s2, e2))
#define clear_user_highpage(page, vaddr)	(HM_HERE(), clear_user_highpage(page, vaddr))
#define clear_highpage(page)			(HM_HERE(), clear_highpage(page))
#define zero_user_segment(page, start, end)	(HM_HERE(), zero_user_segment(page, start, end))
#define zero_user(page, start, size)		(HM_HERE(), zero_user(page, start, size))
#define copy_user_highpage(to, from, vaddr, vma) \
	(HM_HERE(), copy_user_highpage(to, from, vaddr, vma))
#define copy_highpage(to, from)			(HM_HERE(), copy_highpage(to, from))
#define memcpy_page(dst, doff, src, soff, len)	(HM_HERE(), memcpy_page(dst, doff, src, soff, len))
#define memset_page(page, offset, val, len)	(HM_HERE(), memset_page(page, offset, val, len))
#define memcpy_from_page(to, page, offset, len)	(HM_HERE(), memcpy_from_page(to, page, offset, len))
#define memcpy_to_page(page, offset, from, len)	(HM_HERE(), memcpy_to_page(page, offset, from, len))
#define memzero_page(page, offset, len)		(HM_HERE(), memzero_page(page, offset, len))
#define folio_zero_segments(folio, s1, e1, s2, e2) \
	(HM_HERE(), folio_zero_segments(folio, s1, e1, s2, e2))
#define folio_zero_segment(folio, start, xend)	(HM_HERE(), folio_zero_segment(folio, start, xend))
#define folio_zero_range(folio, start, length)	(HM_HERE(), folio_zero_range(folio, start, length))

#endif
