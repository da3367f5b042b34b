#include "kapi.h"

/*
 * A pointer in memory the path dereferenced is not NULL afterwards, as
 * long as nothing writes it: an event handler reads `d->table[code].fuzz`
 * and then calls a setter that allocates the table only if there is none
 * (an input device's absinfo).  Under the caller's spinlock that is no
 * sleep.  A store of a number through another pointer (`*pval = v`)
 * cannot change the table pointer; a local pointer given the address of
 * a member reached through a pointer (`pold = &s->vals[code]`) is not
 * NULL either, so its test takes the side that dereferences.
 *
 * Still reported: no dereference before, a dereference that may be
 * skipped (`?:`) or is not evaluated (sizeof) or only takes an address,
 * a pointer stored through another pointer after it, the member written.
 */
struct entry { int value; int fuzz; };
struct slot { int vals[8]; };
struct dev {
	struct entry *table;
	spinlock_t lock;
	struct slot *slot;
};

struct slot *find_slot(struct dev *d);

static void alloc_table(struct dev *d)
{
	if (d->table)
		return;
	d->table = kcalloc(8, sizeof(*d->table), GFP_KERNEL);
}

static inline void set_entry(struct dev *d, int i, int v)
{
	alloc_table(d);
	if (d->table)
		d->table[i].value = v;
}

static int handle(struct dev *d, int code, int *pval)
{
	if (d->table[code].fuzz == *pval)
		return 0;
	*pval = 3;
	set_entry(d, code, *pval);
	return 1;
}

static int handle_slot(struct dev *d, int code, int v)
{
	struct slot *s = d->slot;
	int *pold;

	if (s)
		pold = &s->vals[code];
	else
		pold = NULL;
	if (pold) {
		v += d->table[code].fuzz;
		*pold = v;
	}
	if (s)
		set_entry(d, code, v);
	return v;
}

static int handle_found(struct dev *d, int code, int v)
{
	struct slot *s = d->slot;
	int *pold = NULL;

	if (s)
		pold = find_slot(d)->vals;
	if (pold)
		v += d->table[code].fuzz;
	if (s)
		set_entry(d, code, v);
	return v;
}

static int handle_plain(struct dev *d, int code, int v)
{
	set_entry(d, code, v);
	return 0;
}

static int handle_maybe(struct dev *d, int code, int v)
{
	int fuzz = code ? d->table[code].fuzz : 0;

	set_entry(d, code, v + fuzz);
	return 0;
}

static int handle_sizeof(struct dev *d, int code, int v)
{
	int n = sizeof(d->table[code]);

	set_entry(d, code, v + n);
	return 0;
}

static int handle_address(struct dev *d, int code, int *pv)
{
	int *p = &d->table[code].value;

	*pv = p != pv;
	set_entry(d, code, *pv);
	return 0;
}

static int handle_pointer_store(struct dev *d, int code, struct entry **pp)
{
	int v = d->table[code].fuzz;

	*pp = NULL;
	set_entry(d, code, v);
	return 0;
}

static int handle_written(struct dev *d, int code)
{
	int v = d->table[code].fuzz;

	d->table = NULL;
	set_entry(d, code, v);
	return 0;
}

void event(struct dev *d, int code, int v, struct entry **pp)
{
	unsigned long flags;

	spin_lock_irqsave(&d->lock, flags);
	handle(d, code, &v);
	handle_slot(d, code, v);
	handle_found(d, code, v);	/* expect: sleep-in-atomic */
	handle_plain(d, code, v);	/* expect: sleep-in-atomic */
	handle_maybe(d, code, v);	/* expect: sleep-in-atomic */
	handle_sizeof(d, code, v);	/* expect: sleep-in-atomic */
	handle_address(d, code, &v);	/* expect: sleep-in-atomic */
	handle_pointer_store(d, code, pp);	/* expect: sleep-in-atomic */
	handle_written(d, code);	/* expect: sleep-in-atomic */
	spin_unlock_irqrestore(&d->lock, flags);
}
