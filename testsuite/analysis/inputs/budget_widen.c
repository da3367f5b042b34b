// options: --max-states 6 -v
#include "kapi.h"

/*
 * Past a block's budget a state forgets what no report tells apart, so
 * that states merge before their branch facts must go (budget_widen.c);
 * a state that lost facts reports nothing.  The budget is 6 here.
 *
 * refill(): a helper that ends a preload its caller began leaves
 * preemption on some returns only, so each call lowers the least-held
 * depth below zero, and the four calls give the states reaching the last
 * test sixteen depths.  The arm that maps is long, so its paths come last:
 * all of them past the budget.  Once every depth below zero is one, they
 * merge and keep the `mode == 3` fact: the leak is reported (before, it
 * was held back with the rest).
 *
 * fill_ring(): a counter is "not a mapping" after `i = 1` and unknown
 * after `i++`; a live mapping remembers the known integers it was made
 * under.  Neither tells a report anything past the budget, and together
 * they kept the first iteration's states apart from the others' until the
 * facts pairing `if (a)` with `if (a)` went (no report here, before or
 * now: they were held back).
 *
 * refill_pinned(), the twin: a helper that enters preemption gives the
 * states depths above zero, which tell how deep the path is atomic and
 * stay apart; past the budget the states lose the `mode == 3` fact and
 * the leak they would report is held back.  Test
 * analysis_budget_widen_held_back checks the -v notes of all three.
 */
struct ring {
	unsigned int flags;
	int mode;
	struct page **pages;
	struct page *extra;
};
int tree_preload(gfp_t gfp);
void tree_insert(struct ring *r, int n);
void note(struct ring *r, int what);

/* Ends the preload its caller began, when it was made. */
static void insert_one(struct ring *r, int n)
{
	if (tree_preload(GFP_KERNEL))
		return;
	tree_insert(r, n);
	preempt_enable();
}

static void insert_two(struct ring *r)
{
	insert_one(r, 1);
	insert_one(r, 2);
}

static void insert_four(struct ring *r)
{
	insert_two(r);
	insert_two(r);
}

static void insert_eight(struct ring *r)
{
	insert_four(r);
	insert_four(r);
}

int refill(struct ring *r, struct page *page)
{
	int mode = r->mode;
	char *buf = NULL;

	if (mode == 3) {
		buf = kmap_atomic(page);	/* expect: leak */
		if (mode == 3)
			tree_insert(r, 1);
		if (mode == 3)
			tree_insert(r, 2);
		if (mode == 3)
			tree_insert(r, 3);
		if (mode == 3)
			tree_insert(r, 4);
		if (mode == 3)
			tree_insert(r, 5);
		if (mode == 3)
			tree_insert(r, 6);
		if (mode == 3)
			tree_insert(r, 7);
		if (mode == 3)
			tree_insert(r, 8);
		if (mode == 3)
			tree_insert(r, 9);
		if (mode == 3)
			tree_insert(r, 10);
		if (mode == 3)
			tree_insert(r, 11);
		if (mode == 3)
			tree_insert(r, 12);
	}
	if (r->flags & 1)
		insert_one(r, 0);
	if (r->flags & 2)
		insert_two(r);
	if (r->flags & 4)
		insert_four(r);
	if (r->flags & 8)
		insert_eight(r);
	if (mode == 3) {
		if (buf[0] == 0x7f)
			return -1;
		kunmap_atomic(buf);
	}
	return 0;
}

int fill_ring(struct ring *r, unsigned int want)
{
	unsigned int i;

	for (i = 1; i < want; i++) {
		char *p = kmap_local_page(r->pages[i]);
		int a = p[0] & 1;
		char *q = NULL;

		if (a)
			q = kmap_local_page(r->extra);
		if (p[1])
			note(r, 3);
		if (p[2])
			note(r, 4);
		if (p[3])
			note(r, 5);
		if (a)
			kunmap_local(q);
		kunmap_local(p);
	}
	return 0;
}

static void pin_one(struct ring *r, int n)
{
	preempt_disable();
	tree_insert(r, n);
}

static void pin_two(struct ring *r)
{
	pin_one(r, 1);
	pin_one(r, 2);
}

static void pin_four(struct ring *r)
{
	pin_two(r);
	pin_two(r);
}

static void pin_eight(struct ring *r)
{
	pin_four(r);
	pin_four(r);
}

int refill_pinned(struct ring *r, struct page *page)
{
	int mode = r->mode;
	char *buf = NULL;

	if (mode == 3) {
		buf = kmap_atomic(page);
		if (mode == 3)
			tree_insert(r, 1);
		if (mode == 3)
			tree_insert(r, 2);
		if (mode == 3)
			tree_insert(r, 3);
		if (mode == 3)
			tree_insert(r, 4);
		if (mode == 3)
			tree_insert(r, 5);
		if (mode == 3)
			tree_insert(r, 6);
		if (mode == 3)
			tree_insert(r, 7);
		if (mode == 3)
			tree_insert(r, 8);
		if (mode == 3)
			tree_insert(r, 9);
		if (mode == 3)
			tree_insert(r, 10);
		if (mode == 3)
			tree_insert(r, 11);
		if (mode == 3)
			tree_insert(r, 12);
	}
	if (r->flags & 1)
		pin_one(r, 0);
	if (r->flags & 2)
		pin_two(r);
	if (r->flags & 4)
		pin_four(r);
	if (r->flags & 8)
		pin_eight(r);
	if (mode == 3) {
		if (buf[0] == 0x7f)
			return -1;	/* held back: the walk is past its budget */
		kunmap_atomic(buf);
	}
	return 0;
}
