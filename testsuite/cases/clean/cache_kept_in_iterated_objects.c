// SPDX-License-Identifier: GPL-2.0
/*
 * Each object of a set keeps a kmap() of its page in a cache; a refresh
 * walks the set with an iterator that points one variable at the next
 * object (`(u = unit_next(...))` in the loop test) and a helper maps into
 * the object in hand.  Pointing the variable elsewhere does not take the
 * mapping out of the object it left: the teardown, walking the set again,
 * unmaps every cached page.  Nothing leaks.
 */
#include <linux/highmem.h>
#include <hmcase.h>

#define NUNITS	3

struct unit {
	struct page *page;
	void *vaddr;
	int active;
};

struct unit_set {
	struct unit units[NUNITS];
	int count;
};

static struct unit *unit_next(struct unit_set *set, int index)
{
	return index < set->count ? &set->units[index] : NULL;
}

static void unit_refresh(struct unit *u)
{
	if (u->active && !u->vaddr)
		u->vaddr = kmap(u->page);
}

static void refresh_all(struct unit_set *set)
{
	struct unit *u;
	int i;

	for (i = 0; (u = unit_next(set, i)) != NULL; i++)
		unit_refresh(u);
}

static void unit_teardown(struct unit *u)
{
	if (u->vaddr) {
		kunmap(u->page);
		u->vaddr = NULL;
	}
}

static void teardown_all(struct unit_set *set)
{
	struct unit *u;
	int i;

	for (i = 0; (u = unit_next(set, i)) != NULL; i++)
		unit_teardown(u);
}

HMCASE_INPUTS(2, 4);

void hmcase_run(const int *in)
{
	struct unit_set set = { .count = in[1] };
	int i;

	for (i = 0; i < NUNITS; i++) {
		set.units[i].page = hmcase_page(in[0]);
		set.units[i].vaddr = NULL;
		set.units[i].active = i != 1;
	}
	refresh_all(&set);
	teardown_all(&set);
}
