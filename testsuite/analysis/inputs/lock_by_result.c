#include "kapi.h"

/*
 * A lookup that returns the object it found with the object's bucket lock
 * held, and NULL with no lock held (the seq_file iterators of
 * net/ipv4/tcp_ipv4.c: listening_get_first() and its callers).  Its
 * callers test the result: on the NULL side nothing is held, so sleeping
 * there is fine.  The callee's returns disagree on the lock, but they agree
 * once sorted by result (NULL or 0 against anything else); a caller's test
 * of that result settles it.  Before, the lock was only "maybe held" after
 * the call, and every sleep after the call was reported.
 */
void cond_resched(void);

struct item {
	struct item *next;
	int key;
};

struct bucket {
	spinlock_t lock;
	struct item *first;
};

struct table {
	struct bucket buckets[16];
	int scanned;
};

int item_matches(struct item *it, int key);

/* Returns an item with its bucket's lock held, or NULL with none held. */
static struct item *find_first(struct table *t, int key)
{
	for (; t->scanned < 16; t->scanned++) {
		struct bucket *b = &t->buckets[t->scanned];
		struct item *it;

		if (!b->first)
			continue;
		spin_lock(&b->lock);
		for (it = b->first; it; it = it->next)
			if (item_matches(it, key))
				return it;
		spin_unlock(&b->lock);
	}
	return NULL;
}

/* Called with the lock of `cur` held; the same contract as find_first(). */
static struct item *find_next(struct table *t, struct item *cur, int key)
{
	for (cur = cur->next; cur; cur = cur->next)
		if (item_matches(cur, key))
			return cur;
	spin_unlock(&t->buckets[t->scanned].lock);
	t->scanned++;
	return find_first(t, key);
}

static struct item *find_nth(struct table *t, int key, int *pos)
{
	struct item *it;

	t->scanned = 0;
	it = find_first(t, key);
	while (it && *pos) {
		it = find_next(t, it, key);
		--*pos;
	}
	return it;
}

static struct item *slow_lookup(struct table *t, int pos)
{
	cond_resched();
	return t->buckets[pos].first;
}

/* Sleeps only when the fast lookup found nothing: nothing is held then. */
struct item *lookup(struct table *t, int key, int pos)
{
	struct item *it = find_nth(t, key, &pos);

	if (!it)
		it = slow_lookup(t, pos);
	return it;
}

/* An int result: 0 with the lock held, an error without. */
static int lock_if_ready(struct bucket *b)
{
	spin_lock(&b->lock);
	if (!b->first) {
		spin_unlock(&b->lock);
		return -11;
	}
	return 0;
}

int wait_until_ready(struct bucket *b)
{
	int err = lock_if_ready(b);

	if (err) {
		msleep(1);
		return err;
	}
	b->first->key++;
	spin_unlock(&b->lock);
	return 0;
}

/* Still wrong: sleeping on the side where the lock is held. */
struct item *lookup_wrong(struct table *t, int key, int pos)
{
	struct item *it = find_nth(t, key, &pos);

	if (it)
		cond_resched();	/* expect: sleep-in-atomic */
	return it;
}

/*
 * Not settled: the result is overwritten before the test, so the test says
 * nothing of the lock, which stays "maybe held", and that is not reported
 * (as before, for any lock a callee keeps on some returns only).
 */
struct item *test_of_another_value(struct table *t, int key, int pos)
{
	struct item *it = find_nth(t, key, &pos);

	it = t->buckets[0].first;
	if (it)
		cond_resched();
	return it;
}
