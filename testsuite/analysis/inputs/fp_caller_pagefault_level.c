#include "kapi.h"

/*
 * A per-CPU copy area is filled with page faults disabled by the map half
 * and written back and released by the unmap half, which ends with the
 * pagefault_enable() matching its caller's pagefault_disable() on every
 * path, the early one without any kmap_atomic() too (zsmalloc's
 * __zs_unmap_object()).  The kmap_atomic() pair in between takes and gives
 * back its own level, not the caller's.
 */
struct copy_area {
	char *buf;
	int read_only;
};

void copy_area_unmap(struct copy_area *area, struct page *pages[2], int off,
		     int size)
{
	char *addr;

	if (area->read_only)
		goto out;
	addr = kmap_atomic(pages[0]);
	memcpy(addr + off, area->buf, PAGE_SIZE - off);
	kunmap_atomic(addr);
	addr = kmap_atomic(pages[1]);
	memcpy(addr, area->buf + PAGE_SIZE - off, size - (PAGE_SIZE - off));
	kunmap_atomic(addr);
out:
	pagefault_enable();
}

/*
 * Every path to this pagefault_enable() went through kmap_atomic(), whose
 * kunmap_atomic() already enabled page faults again: leaving twice.
 */
void copy_area_unmap_twice(struct copy_area *area, struct page *page)
{
	char *addr;

	if (area->read_only)
		return;
	addr = kmap_atomic(page);
	memcpy(addr, area->buf, PAGE_SIZE);
	kunmap_atomic(addr);
	pagefault_enable();	/* expect: unbalanced */
}
