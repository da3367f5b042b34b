/* SPDX-License-Identifier: GPL-2.0 */
/* Page frame numbers as x86 makes pages of them: arithmetic on a global. */
struct page;
extern unsigned long vmemmap_base;
#define vmemmap ((struct page *)vmemmap_base)
#define pfn_to_page(pfn) (vmemmap + (pfn))

/* lib/pfnmap.c: kunmap()s pfn_to_page(pfn). */
void unmap_pfn(unsigned long pfn);
