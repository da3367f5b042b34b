#include "kapi.h"

/*
 * A retry loop written with goto, whose head tests locals the body never
 * assigns: `next: if (start >= end) { step; goto next; }`.  Once in, the
 * test keeps its answer and the loop leaves only by its other exits; the
 * head's other side is reached from outside only.  The walk's "a loop
 * entered from outside runs at least once" must not hide that side: a
 * leak there is reported (a btrfs_get_extent() shape), and the same code
 * releasing its mapping is clean.
 */
struct cursor { int slot; };
unsigned long item_end(struct cursor *c);
unsigned long key_offset(struct cursor *c);
void fill(char *dst, int slot);

int find_extent(struct cursor *c, struct page *page, unsigned long start)
{
	unsigned long end;
	char *map;

	end = item_end(c);
next:
	if (start >= end) {
		c->slot++;
		if (start > key_offset(c))
			goto next;
		return 1;
	}
	map = kmap_local_page(page);	/* expect: leak */
	fill(map, c->slot);
	return 0;
}

int find_extent_clean(struct cursor *c, struct page *page, unsigned long start)
{
	unsigned long end;
	char *map;

	end = item_end(c);
next:
	if (start >= end) {
		c->slot++;
		if (start > key_offset(c))
			goto next;
		return 1;
	}
	map = kmap_local_page(page);
	fill(map, c->slot);
	kunmap_local(map);
	return 0;
}

/* A loop whose body moves its test still runs at least once. */
int fill_all(struct page **pages, int n)
{
	char *map = NULL;
	int i;

	for (i = 0; i < n; i++) {
		map = kmap_local_page(pages[i]);
		fill(map, i);
		kunmap_local(map);
	}
	return map[0];	/* expect: use-after-unmap */
}
