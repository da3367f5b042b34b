#include "kapi.h"

/* Correlated conditions: map and unmap under the same test. */
void correlated(struct page *page, int need)
{
	char *p = NULL;

	if (need)
		p = kmap_local_page(page);
	opaque(NULL);
	if (need)
		kunmap_local(p);
}

/* A test of the address itself: maps never fail. */
void test_address(struct page *page)
{
	char *addr = kmap_local_page(page);

	if (addr)
		kunmap_local(addr);
}

/* NULL-initialized and tested before unmapping. */
void null_tested(struct page *page, int want)
{
	char *addr = NULL;

	if (want)
		addr = kmap_local_page(page);
	do_something(page);
	if (addr)
		kunmap_local(addr);
}

int error_ladder(struct page *a, struct page *b, int e1, int e2)
{
	char *x, *y;
	int err = 0;

	x = kmap_local_page(a);
	if (e1) {
		err = -1;
		goto out_x;
	}
	y = kmap_local_page(b);
	if (e2) {
		err = -2;
		goto out_y;
	}
	memcpy(x, y, 8);
out_y:
	kunmap_local(y);
out_x:
	kunmap_local(x);
	return err;
}

void loop_map_unmap(struct page **pages, int n)
{
	int i;

	for (i = 0; i < n; i++) {
		char *addr = kmap_local_page(pages[i]);

		addr[0] = 0;
		kunmap_local(addr);
	}
}

/* Returning the mapping is handing it over. */
void *map_wrapper(struct page *page)
{
	return kmap_local_page(page);
}

void noreturn_path(struct page *page, int bad)
{
	char *addr = kmap_local_page(page);

	if (bad)
		panic("bad page");
	kunmap_local(addr);
}

void kmap_pair(struct page *page)
{
	char *addr = kmap(page);

	addr[0] = 1;
	kunmap(page);
}

void while_loop_with_break(struct page *page, int *cond)
{
	char *addr = kmap_local_page(page);

	while (1) {
		if (*cond)
			break;
		addr[0]++;
	}
	kunmap_local(addr);
}

void switch_kinds(struct page *page, int kind)
{
	char *addr = kmap_local_page(page);

	switch (kind) {
	case 1:
		addr[0] = 1;
		break;
	case 2:
		addr[0] = 2;
		/* fallthrough */
	default:
		addr[1] = 3;
		break;
	}
	kunmap_local(addr);
}
