#include "kapi.h"

/*
 * Each expansion of CHECK_RET() declares its own `__bad`, spelled alike.
 * A branch fact binds a later test of the same text only when that test
 * reads the fact's own variables: the first expansion's `__bad == 0` says
 * nothing of the second's, whose true side returns with the mapping live.
 * fill_twice(), the twin: one variable tested twice, the fact binds and
 * no path maps and returns early.
 */
#define CHECK_RET(cond) do {				\
	int __bad = !!(cond);				\
	if (__bad)					\
		return -22;				\
} while (0)

int fill(struct page *page, int a, int b)
{
	char *p;

	CHECK_RET(a > 3);
	p = kmap_local_page(page);	/* expect: leak */
	CHECK_RET(b > 3);
	p[0] = 1;
	kunmap_local(p);
	return 0;
}

int fill_twice(struct page *page, int a)
{
	char *p;
	int bad = a > 3;

	if (bad)
		return -22;
	p = kmap_local_page(page);
	if (bad)
		return -22;
	p[0] = 1;
	kunmap_local(p);
	return 0;
}
