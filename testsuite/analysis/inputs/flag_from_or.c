#include "kapi.h"

/*
 * A flag made with `||` or `&&` is a copy of a temporary the front end sets
 * to 1 or 0 on each side of the test: known there, the flag is known, and
 * a later test of one operand agrees with it.  `need` is 1 whenever
 * `flags & 1` holds, so the first release only undoes the map.
 */
void fill(char *p, size_t n);

void copy_maybe(struct page *page, unsigned int flags, int force)
{
	char *p = NULL;
	bool need = (flags & 1) || force;

	if (need)
		p = kmap_local_page(page);
	if (flags & 1) {
		fill(p, 8);
		kunmap_local(p);
	} else if (force) {
		kunmap_local(p);
	}
}

void copy_always(struct page *page, unsigned int flags, int force)
{
	char *p = NULL;
	bool need = (flags & 1) && force;

	if (need)
		p = kmap_local_page(page);
	if (flags & 1) {
		fill(p, 8);
		kunmap_local(p);	/* expect: unbalanced */
	}
}
