/*
 * A unit that #includes its selftests at the end, as i915 does: the
 * selftest's leak (selftest.c line 4) is this unit's report; the leaky
 * inline of helper.h is not reported.
 */
#include "helper.h"

void clear_page_mapped(struct page *page)
{
	__kunmap_local(map_and_forget(page));
}

#include "selftest.c"
