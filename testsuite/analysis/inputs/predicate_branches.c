#include "kapi.h"

int PageHighMem(struct page *page);
void *page_address(struct page *page);

/* The same predicate tested twice, with only writes into the page between. */
void fill(struct page *page, int c)
{
	char *addr;

	if (PageHighMem(page))
		addr = kmap_local_page(page);
	else
		addr = page_address(page);
	memset(addr, c, 64);
	addr[0] = 1;
	if (PageHighMem(page))
		kunmap_local(addr);
}

/* An unknown call in between may change what the predicate says. */
void not_correlated(struct page *page)
{
	char *addr = NULL;

	if (PageHighMem(page))
		addr = kmap_local_page(page);	/* expect: leak */
	opaque(page);
	if (PageHighMem(page))
		kunmap_local(addr);	/* expect: unbalanced */
}
