#include "kapi.h"

/*
 * A helper keeps a kmap() in a long-lived cache inside the object it is
 * handed (`u->cache.vaddr = kmap(...)`, released when the cache is torn
 * down), and its caller walks the objects with an iterator that points
 * the same variable at the next one: a call's result in the loop test
 * (`(u = unit_next(...))`), or a call writing it through its address
 * (`unit_find(..., &u)`).  The mapping stays in the object the variable
 * left, whatever it points to next: not a leak of the caller's, as it
 * was not for `u = other` (an assignment).  A mapping kept only in a
 * local, or in a stack object of the caller's, is still lost.
 */
struct unit_cache {
	void *vaddr;
	struct page *page;
	int active;
};

struct unit {
	struct unit_cache cache;
	int id;
};

struct unit_set {
	int count;
};

struct unit *unit_next(struct unit_set *set, int index);
int unit_find(struct unit_set *set, int *index, struct unit **found);

static void unit_cache_refresh(struct unit *u)
{
	if (u->cache.active)
		u->cache.vaddr = kmap(u->cache.page);
}

void refresh_all(struct unit_set *set)
{
	struct unit *u;
	int i;

	for (i = 0; (u = unit_next(set, i)) != 0; i++)
		unit_cache_refresh(u);
}

void refresh_two(struct unit_set *set)
{
	struct unit *u = unit_next(set, 0);

	unit_cache_refresh(u);
	u = unit_next(set, 1);
	u->id = 1;
}

void refresh_found(struct unit_set *set)
{
	struct unit *u;
	int i = 0;

	while (unit_find(set, &i, &u))
		unit_cache_refresh(u);
}

int peek_all(struct unit_set *set)
{
	struct unit *u;
	char *p = 0;
	int i;

	for (i = 0; (u = unit_next(set, i)) != 0; i++)
		p = kmap(u->cache.page);	/* expect: leak */
	return p ? p[0] : 0;
}

int peek_into_stack(struct unit_set *set)
{
	struct unit_cache local = { 0 };
	struct unit *u;
	int i;

	for (i = 0; (u = unit_next(set, i)) != 0; i++)
		local.vaddr = kmap(u->cache.page);	/* expect: leak */
	return local.active;
}
