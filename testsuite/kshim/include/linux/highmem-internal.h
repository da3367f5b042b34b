/* SPDX-License-Identifier: GPL-2.0 */
/*
 * highmem-internal.h - the CONFIG_HIGHMEM half of 6.1's, over the engine's
 * mm/highmem.c.  Differences from the kernel's, all for the engine:
 *  - each API function is also a macro of the same name that notes the
 *    caller's line (HM_HERE()) and calls the function; inside these bodies
 *    calls are written (name)(...) so the caller's line is kept;
 *  - kmap()/kunmap() call the engine's debug hooks for lowmem holds and
 *    for kunmap() given something other than a page;
 *  - kunmap_local()/kunmap_atomic() have no BUILD_BUG_ON, so a page passed
 *    instead of an address is reported at run time (wrong-arg).
 */
#ifndef _LINUX_HIGHMEM_INTERNAL_H
#define _LINUX_HIGHMEM_INTERNAL_H

#include <linux/types.h>
#include <linux/mm.h>
#include <linux/preempt.h>
#include <linux/uaccess.h>

#define kmap_prot	PAGE_KERNEL
#define KM_MAX_IDX	16

static inline void *kmap(struct page *page)
{
	void *addr;

	hm_might_sleep();
	if (!PageHighMem(page)) {
		addr = page_address(page);
		kmap_debug_lowmem_hold(page);
	} else {
		addr = kmap_high(page);
	}
	return addr;
}

static inline void kunmap(struct page *page)
{
	hm_might_sleep();
	if (!kunmap_debug_check(page))
		return;		/* lowmem, or reported */
	kunmap_high(page);
}

static inline struct page *kmap_to_page(void *addr)
{
	return __kmap_to_page(addr);
}

static inline void kmap_flush_unused(void)
{
	__kmap_flush_unused();
}

static inline void *kmap_local_page(struct page *page)
{
	return __kmap_local_page_prot(page, kmap_prot);
}

static inline void *kmap_local_folio(struct folio *folio, size_t offset)
{
	struct page *page = folio_page(folio, offset / PAGE_SIZE);

	return (char *)__kmap_local_page_prot(page, kmap_prot) + offset % PAGE_SIZE;
}

static inline void *kmap_local_page_prot(struct page *page, pgprot_t prot)
{
	return __kmap_local_page_prot(page, prot);
}

static inline void *kmap_local_pfn(unsigned long pfn)
{
	return __kmap_local_pfn_prot(pfn, kmap_prot);
}

static inline void __kunmap_local(const void *vaddr)
{
	kunmap_local_indexed(vaddr);
}

static inline void *kmap_atomic_prot(struct page *page, pgprot_t prot)
{
	preempt_count_add(1);		/* preempt_disable() */
	(pagefault_disable)();
	return __kmap_local_page_prot(page, prot);
}

static inline void *kmap_atomic(struct page *page)
{
	return (kmap_atomic_prot)(page, kmap_prot);
}

static inline void *kmap_atomic_pfn(unsigned long pfn)
{
	preempt_count_add(1);		/* preempt_disable() */
	(pagefault_disable)();
	return __kmap_local_pfn_prot(pfn, kmap_prot);
}

static inline void __kunmap_atomic(const void *addr)
{
	kunmap_local_indexed(addr);
	(pagefault_enable)();
	preempt_count_sub(1);		/* preempt_enable() */
}

static inline bool is_kmap_addr(const void *x)
{
	struct page *page = __kmap_to_page((void *)x);

	return page && PageHighMem(page);
}

#define kmap(page)			(HM_HERE(), kmap(page))
#define kunmap(page)			(HM_HERE(), kunmap(page))
#define kmap_local_page(page)		(HM_HERE(), kmap_local_page(page))
#define kmap_local_folio(folio, offset)	(HM_HERE(), kmap_local_folio(folio, offset))
#define kmap_local_page_prot(page, prot) (HM_HERE(), kmap_local_page_prot(page, prot))
#define kmap_local_pfn(pfn)		(HM_HERE(), kmap_local_pfn(pfn))
#define kmap_atomic(page)		(HM_HERE(), kmap_atomic(page))
#define kmap_atomic_prot(page, prot)	(HM_HERE(), kmap_atomic_prot(page, prot))
#define kmap_atomic_pfn(pfn)		(HM_HERE(), kmap_atomic_pfn(pfn))

/*
 * kunmap_atomic - unmap the address mapped by kmap_atomic(), re-enable
 * page faults and preemption.  Any address within the mapped page will do.
 */
#define kunmap_atomic(__addr)						\
do {									\
	HM_HERE();							\
	__kunmap_atomic(__addr);					\
} while (0)

/*
 * kunmap_local - unmap a page mapped by kmap_local_page(); any address
 * within the page will do.  Unmap in the reverse order of mapping.
 */
#define kunmap_local(__addr)						\
do {									\
	HM_HERE();							\
	__kunmap_local(__addr);						\
} while (0)

#endif
