/*
 * A unit that #includes .c files, as the i915 selftests are included at the
 * end of the file they test: their functions are the unit's own code.
 */
#include <helpers.h>

void clear_first(struct page *page)
{
	void *addr = map_and_clear(page, 64);

	__kunmap_local(addr);
}

#include "helper_impl.c"
