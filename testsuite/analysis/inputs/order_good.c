#include "kapi.h"

/* The memcpy_page() shape: map both, unmap in reverse. */
void copy_page_right(struct page *dst, struct page *src, size_t off, size_t len)
{
	char *d = kmap_local_page(dst);
	char *s = kmap_local_page(src);

	memcpy(d + off, s + off, len);
	kunmap_local(s);
	kunmap_local(d);
}

/* kunmap_local() accepts any address inside the page. */
void unmap_offset(struct page *page, size_t off)
{
	char *addr = kmap_local_page(page);
	char *p = addr + off;

	*p = 0;
	kunmap_local(p);
}

void nested_helper_copies(struct page *page)
{
	void *addr = kmap_local_page(page);
	unsigned char *bytes = (unsigned char *)addr;

	bytes[0] = 1;
	kunmap_local(bytes);
}

/* A pkmap mapping in between does not take part in the stack. */
void pkmap_between(struct page *a, struct page *b)
{
	void *x = kmap_local_page(a);
	void *y = kmap(b);

	memcpy(x, y, 16);
	kunmap_local(x);
	kunmap(b);
}

void folio_map(struct folio *folio, size_t off)
{
	char *addr = kmap_local_folio(folio, off);

	addr[0] = 0;
	kunmap_local(addr);
}
