#include <helpers.h>

void clear_page_mapped(struct page *page)
{
	void *addr = map_and_clear(page, 4096);

	__kunmap_local(addr);
}
