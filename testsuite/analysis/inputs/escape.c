#include "kapi.h"

struct result {
	char *entry;
	int value;
};

char *cached;

void store_in_caller(struct page *page, struct result *res)
{
	char *addr = kmap_local_page(page);

	res->entry = addr + 4;	/* expect: escape */
	kunmap_local(addr);
}

void store_then_clear(struct page *page, struct result *res)
{
	char *addr = kmap_local_page(page);

	res->entry = addr;
	res->value = addr[0];
	kunmap_local(addr);
	res->entry = NULL;
}

void global_escape(struct page *page)
{
	char *addr = kmap(page);

	cached = addr;	/* expect: escape */
	kunmap(page);
}

char *return_after_unmap(struct page *page)
{
	char *addr = kmap_local_page(page);

	addr[0] = 0;
	kunmap_local(addr);
	return addr;	/* expect: escape */
}

/* A map helper stores and does not unmap: its caller's job. */
void map_helper(struct page *page, struct result *res)
{
	res->entry = kmap_local_page(page);
}
