// options: --max-states 8
#include "kapi.h"

/*
 * More states reach the last test than a block's budget, differing only in
 * facts about tests already behind (a, b, c).  Those are dropped first, and
 * the fact still ahead (`flag`) keeps the map and the unmap correlated.
 */
void flag_past_budget(struct page *page, int flag, int a, int b, int c)
{
	char *addr = NULL;

	if (flag)
		addr = kmap_local_page(page);
	if (a)
		do_something(NULL);
	if (a)
		do_something(page);
	if (b)
		do_something(NULL);
	if (b)
		do_something(page);
	if (c)
		do_something(NULL);
	if (c)
		do_something(page);
	if (flag)
		kunmap_local(addr);
}

/* The same shape with a real leak on one path still reports it. */
void flag_past_budget_leak(struct page *page, int flag, int a, int b, int c)
{
	char *addr = kmap_local_page(page);	/* expect: leak */

	if (a)
		do_something(NULL);
	if (a)
		do_something(page);
	if (b)
		do_something(NULL);
	if (b)
		do_something(page);
	if (c)
		return;
	if (flag)
		do_something(NULL);
	kunmap_local(addr);
}
