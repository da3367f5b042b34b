#include "kapi.h"

/*
 * A cache-maintenance helper works on addresses as unsigned longs (ARM's
 * cache-xsc3l2.c l2_map_va()): it maps the page of a physical address when
 * the walk enters a new page, after releasing the previous one, and
 * returns the mapping's address plus the offset.  An unsigned long holding
 * a mapping's address keeps it through `+ offset` and `& mask`, as a
 * pointer does: the helper hands the mapping over through its return
 * value, and its caller releases the last one after the loop.  A caller
 * that forgets to is reported.
 */
struct page *page_of(unsigned long phys);
void clean_line(unsigned long va);

static void release_va(unsigned long va)
{
	if (va != -1UL)
		kunmap_atomic((void *)va);
}

static unsigned long map_va(unsigned long phys, unsigned long prev_va)
{
	unsigned long va = prev_va & ~(PAGE_SIZE - 1);

	if ((phys & (PAGE_SIZE - 1)) == 0 || prev_va == -1UL) {
		release_va(prev_va);
		va = (unsigned long)kmap_atomic(page_of(phys));
	}
	return va + (phys & (PAGE_SIZE - 1));
}

void clean_range(unsigned long start, unsigned long end)
{
	unsigned long va = -1UL;

	while (start < end) {
		va = map_va(start, va);
		clean_line(va);
		start += 32;
	}
	release_va(va);
}

/* Always maps, and hands the mapping over as an unsigned long. */
static unsigned long map_offset(unsigned long phys)
{
	unsigned long va = (unsigned long)kmap_atomic(page_of(phys));

	return (va & ~(PAGE_SIZE - 1)) + (phys & (PAGE_SIZE - 1));
}

void clean_one(unsigned long phys)
{
	unsigned long va = map_offset(phys);

	clean_line(va);
	release_va(va);
}

void clean_one_leaky(unsigned long phys, int skip)
{
	unsigned long va = map_offset(phys);	/* expect: leak */

	if (skip)
		return;
	clean_line(va);
	release_va(va);
}
