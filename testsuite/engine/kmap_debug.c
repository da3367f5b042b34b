// SPDX-License-Identifier: GPL-2.0
/*
 * kmap_debug.c - the checks kmap()/kunmap() get in the engine beyond the
 * kernel's: lowmem holds are tracked when force_map is on (leak and
 * unbalanced whatever the zone), and kunmap() must be given a page that
 * kmap() mapped, not an address nor a page only kmap_local'd.
 */
#include "internal.h"

void kmap_debug_lowmem_hold(struct page *page)
{
	if (hm_cfg.force_map && hm_is_page(page) && !PageHighMem(page))
		holds_add(page);
}

static void kunmap_not_held(struct page *page)
{
	if (kmap_local_page_is_live(page))
		violation("wrong-arg", "kunmap() of page pfn %lu, which is mapped by kmap_local/kmap_atomic: unmap its address with kunmap_local()",
			  page_to_pfn(page));
	else
		violation("unbalanced", "kunmap() of page pfn %lu, which kmap() does not hold (unmapped twice?)",
			  page_to_pfn(page));
}

/* Whether kunmap() goes on to kunmap_high(). */
bool kunmap_debug_check(struct page *page)
{
	if (!hm_is_page(page)) {
		violation("wrong-arg", "kunmap(%p): not a struct page; kunmap() takes the page, kunmap_local() an address",
			  (void *)page);
		return false;
	}
	if (!PageHighMem(page)) {
		if (hm_cfg.force_map && !holds_remove(page))
			kunmap_not_held(page);
		return false;
	}
	if (!pkmap_page_in_use(page) && kmap_local_page_is_live(page)) {
		kunmap_not_held(page);
		return false;
	}
	return true;
}
