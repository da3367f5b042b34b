#include "kapi.h"

void copy_page_wrong(struct page *dst, struct page *src)
{
	char *d = kmap_local_page(dst);
	char *s = kmap_local_page(src);

	memcpy(d, s, PAGE_SIZE);
	kunmap_local(d);	/* expect: order */
	kunmap_local(s);
}

void three_deep(struct page *a, struct page *b, struct page *c)
{
	void *x = kmap_local_page(a);
	void *y = kmap_local_page(b);
	void *z = kmap_local_page(c);

	kunmap_local(z);
	kunmap_local(x);	/* expect: order */
	kunmap_local(y);
}

void atomic_order(struct page *a, struct page *b)
{
	void *x = kmap_atomic(a);
	void *y = kmap_atomic(b);

	kunmap_atomic(x);	/* expect: order */
	kunmap_atomic(y);
}
