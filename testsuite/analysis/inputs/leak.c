#include "kapi.h"

int early_return_leak(struct page *page, int flag)
{
	char *addr = kmap_local_page(page);	/* expect: leak */

	if (flag)
		return -1;
	addr[0] = 1;
	kunmap_local(addr);
	return 0;
}

void kmap_never_released(struct page *page)
{
	char *addr = kmap(page);	/* expect: leak */

	addr[0] = 0;
}

void atomic_leak(struct page *page)
{
	char *addr = kmap_atomic(page);	/* expect: leak */

	addr[0] = 0;
}

int ladder_leak(struct page *a, struct page *b, int fail)
{
	char *x = kmap_local_page(a);
	char *y = kmap_local_page(b);	/* expect: leak */

	if (fail)
		goto out;
	memcpy(x, y, 16);
	kunmap_local(y);
out:
	kunmap_local(x);	/* expect: order */
	return 0;
}

/* Two unrelated conditions: the second does not repeat the first. */
void uncorrelated(struct page *page, int a, int b)
{
	char *addr = 0;

	if (a)
		addr = kmap_local_page(page);	/* expect: leak */
	if (b)
		kunmap_local(addr);	/* expect: unbalanced */
}
