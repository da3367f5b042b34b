#include "kapi.h"

/*
 * Counted loops run as many times as they say: 15 nested local mappings
 * are fine in 6.1, the 16th BUG()s.  Loops no known value bounds count a
 * mapping once, and a huge bound is cut short without a word.
 */
#define NR_DISKS 16

void use(void *addr);

void fifteen_in_a_loop(struct page **pages)
{
	void *addr[NR_DISKS];
	int i;

	for (i = 0; i < NR_DISKS - 1; i++)
		addr[i] = kmap_local_page(pages[i]);
	for (i = 0; i < NR_DISKS - 1; i++)
		use(addr[i]);
	for (i = NR_DISKS - 2; i >= 0; i--)
		kunmap_local(addr[i]);
}

void sixteen_in_a_loop(struct page **pages)
{
	void *addr[NR_DISKS];
	int i;

	for (i = 0; i < NR_DISKS; i++)
		addr[i] = kmap_local_page(pages[i]);	/* expect: depth */
	for (i = NR_DISKS - 1; i >= 0; i--)
		kunmap_local(addr[i]);
}

/* Counted down, with a do-while and a post-decrement test. */
void sixteen_counted_down(struct page **pages)
{
	void *addr[NR_DISKS];
	int i = NR_DISKS;

	do {
		addr[NR_DISKS - i] = kmap_local_page(pages[i]);	/* expect: depth */
	} while (--i > 0);
	while (i++ < NR_DISKS)
		kunmap_local(addr[NR_DISKS - i]);
}

/* A mapping made and released in each of a counted loop's iterations. */
void one_at_a_time(struct page **pages)
{
	int i;

	for (i = 0; i < 40; i++) {
		void *addr = kmap_local_page(pages[i]);

		use(addr);
		kunmap_local(addr);
	}
}

/* How many is unknown: no nesting is claimed, and no leak either. */
void unknown_bound(struct page **pages, int n)
{
	void *addr[NR_DISKS];
	int i;

	for (i = 0; i < n; i++)
		addr[i] = kmap_local_page(pages[i]);
	for (i = n - 1; i >= 0; i--)
		kunmap_local(addr[i]);
}

/* A counter the loop does not test is no bound. */
void unknown_bound_other_counter(struct page **pages, bool *more)
{
	void *addr[NR_DISKS];
	int i = 0, j;

	while (*more) {
		addr[i] = kmap_local_page(pages[i]);
		i++;
	}
	for (j = i - 1; j >= 0; j--)
		kunmap_local(addr[j]);
}

/* A break under another test only shortens a counted loop: 16 may nest. */
void counted_with_break(struct page **pages)
{
	void *addr[NR_DISKS];
	int i;

	for (i = 0; i < NR_DISKS; i++) {
		if (!pages[i])
			break;
		addr[i] = kmap_local_page(pages[i]);	/* expect: depth */
	}
	while (--i >= 0)
		kunmap_local(addr[i]);
}

/* A million iterations: cut short quietly, and the rest still checked. */
void huge_bound(struct page **pages, struct page *last)
{
	long i;
	void *addr;

	for (i = 0; i < 1000000; i++) {
		addr = kmap_local_page(pages[i]);
		use(addr);
		kunmap_local(addr);
	}
	addr = kmap_local_page(last);	/* expect: leak */
	use(addr);
}

/* Known values decide tests after the loop too. */
void correlated_mode(struct page *page, int flags)
{
	int mode = 0;
	void *addr = NULL;

	if (flags & 4)
		mode = 2;
	if (mode == 2)
		addr = kmap_local_page(page);
	use(addr);
	if (mode > 1)
		kunmap_local(addr);
}

/* A counter whose address escapes is not followed. */
void address_taken_counter(struct page **pages, void (*next)(int *))
{
	void *addr[NR_DISKS];
	int i;

	for (i = 0; i < NR_DISKS; next(&i))
		addr[i] = kmap_local_page(pages[i]);
	for (i = 0; i < NR_DISKS; i++)
		kunmap_local(addr[NR_DISKS - 1 - i]);
}
