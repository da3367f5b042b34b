#include "kapi.h"

/*
 * ARM's cache maintenance pins a highmem page's existing pkmap mapping
 * with kmap_high_get() (arch/arm/mm/flush.c, dma-mapping.c): a non-NULL
 * result must be released with kunmap_high(page).  It does not sleep, so
 * it may be called under a spinlock.
 */
void *kmap_high_get(struct page *page);
void kunmap_high(struct page *page);
void flush_area(void *addr, unsigned long size);

static spinlock_t flush_lock;

void flush_page_pinned(struct page *page)
{
	void *addr;

	spin_lock(&flush_lock);
	addr = kmap_high_get(page);
	if (addr) {
		flush_area(addr, PAGE_SIZE);
		kunmap_high(page);
	}
	spin_unlock(&flush_lock);
}

int flush_page_early_return(struct page *page, int skip)
{
	void *addr = kmap_high_get(page);	/* expect: leak */

	if (!addr)
		return 0;
	if (skip)
		return -1;
	flush_area(addr, PAGE_SIZE);
	kunmap_high(page);
	return 0;
}
