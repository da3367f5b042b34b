#include "kapi.h"

/*
 * A walker's step helper unmaps its caller's kmap_atomic() mapping, yields,
 * and maps the next page (crypto_hash_walk_done()'s shape): the yield is
 * not in atomic context, unless the caller holds another atomic mapping.
 */
int _cond_resched(void);
#define cond_resched() _cond_resched()

struct walk {
	char *data;
	struct page *pg;
	int left;
};

static int walk_step(struct walk *w)
{
	kunmap_atomic(w->data);
	cond_resched();
	w->data = kmap_atomic(w->pg);
	return --w->left;
}

int walk_sum(struct walk *w)
{
	int sum = 0;

	w->data = kmap_atomic(w->pg);
	sum += w->data[0];
	walk_step(w);
	sum += w->data[0];
	kunmap_atomic(w->data);
	w->data = NULL;
	return sum;
}

int walk_sum_holding_other(struct walk *w, struct page *other)
{
	char *o = kmap_atomic(other);
	int sum = o[0];

	w->data = kmap_atomic(w->pg);
	walk_step(w);	/* expect: sleep-in-atomic */
	sum += w->data[0];
	kunmap_atomic(w->data);
	w->data = NULL;
	kunmap_atomic(o);
	return sum;
}
