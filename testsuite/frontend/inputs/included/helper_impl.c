/* Included by main.c; a leak on line 9. */
#include "nested_impl.c"

int helper_read(struct page *page)
{
	char *addr = kmap_local_page(page);

	if (addr[0])
		return 1;	/* leaks the mapping */
	__kunmap_local(addr);
	return nested_value();
}
