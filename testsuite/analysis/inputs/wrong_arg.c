#include "kapi.h"

void kunmap_of_address(struct page *page)
{
	char *addr = kmap(page);	/* expect: leak */

	addr[0] = 0;
	kunmap((struct page *)addr);	/* expect: wrong-arg */
}

void kunmap_local_of_page(struct page *page)
{
	char *addr = kmap_local_page(page);	/* expect: leak */

	addr[0] = 0;
	kunmap_local(page);	/* expect: wrong-arg */
}

void kunmap_local_of_kmap(struct page *page)
{
	char *addr = kmap(page);	/* expect: leak */

	addr[0] = 0;
	kunmap_local(addr);	/* expect: wrong-arg */
}

void kunmap_of_local_page(struct page *page)
{
	char *addr = kmap_local_page(page);	/* expect: leak */

	addr[0] = 0;
	kunmap(page);	/* expect: wrong-arg */
}

void right_args(struct page *a, struct page *b)
{
	char *x = kmap(a);
	char *y = kmap_local_page(b);

	memcpy(y, x, 8);
	kunmap_local(y);
	kunmap(a);
}
