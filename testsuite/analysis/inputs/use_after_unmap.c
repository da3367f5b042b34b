#include "kapi.h"

int read_after_unmap(struct page *page)
{
	int *p = kmap_local_page(page);
	int v;

	kunmap_local(p);
	v = p[0];	/* expect: use-after-unmap */
	v += p[1];
	return v;
}

void write_through_alias(struct page *page)
{
	char *addr = kmap_local_page(page);
	char *q = addr + 8;

	kunmap_local(addr);
	*q = 1;	/* expect: use-after-unmap */
}

void pass_after_unmap(struct page *page)
{
	char *addr = kmap_local_page(page);

	addr[0] = 0;
	kunmap_local(addr);
	do_something(addr);	/* expect: use-after-unmap */
}

int stale_after_loop(struct page **pages, int n)
{
	int *data = NULL, sum = 0, i;

	for (i = 0; i < n; i++) {
		data = kmap_local_page(pages[i]);
		sum += data[0];
		kunmap_local(data);
	}
	if (data)
		sum += data[1];	/* expect: use-after-unmap */
	return sum;
}

int reassigned_is_fine(struct page *a, struct page *b)
{
	int *p = kmap_local_page(a);
	int v = p[0];

	kunmap_local(p);
	p = kmap_local_page(b);
	v += p[0];
	kunmap_local(p);
	printk("%p\n", p);
	return v;
}
