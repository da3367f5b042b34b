// options: --max-states 8
#include "kapi.h"

/*
 * A receive path maps only when the device appends a trailer, then runs
 * sections whose arms leave different values in variables nobody reads
 * again (header pointers: a helper's result or NULL), and tests the flag
 * again to unmap.  More states reach that test than a block's budget; they
 * differ only in those dead values, which are forgotten first, so the
 * states merge and the flag keeps the map and the unmap correlated.
 */
struct rx_ring {
	int trailer;
};

char *frame_header(int kind);

int rx_sections(struct rx_ring *ring, struct page *page, int a, int b, int c,
		int d)
{
	char *addr = NULL, *h1, *h2, *h3, *h4;
	int sum = 0;

	if (ring->trailer)
		addr = kmap_local_page(page);
	h1 = a ? frame_header(1) : NULL;
	sum += do_something(h1);
	h2 = b ? frame_header(2) : NULL;
	sum += do_something(h2);
	h3 = c ? frame_header(3) : NULL;
	sum += do_something(h3);
	h4 = d ? frame_header(4) : NULL;
	sum += do_something(h4);
	if (ring->trailer)
		kunmap_local(addr);
	return sum;
}

/* The same shape with a mapping left on one path still reports it. */
int rx_sections_leak(struct rx_ring *ring, struct page *page, int a, int b,
		     int c, int d)
{
	char *addr = kmap_local_page(page);	/* expect: leak */
	char *h1, *h2, *h3, *h4;
	int sum = 0;

	h1 = a ? frame_header(1) : NULL;
	sum += do_something(h1);
	h2 = b ? frame_header(2) : NULL;
	sum += do_something(h2);
	h3 = c ? frame_header(3) : NULL;
	sum += do_something(h3);
	h4 = d ? frame_header(4) : NULL;
	sum += do_something(h4);
	if (ring->trailer)
		kunmap_local(addr);
	return sum;
}
