/*
 * A helper that hands its mapping over through an out-parameter only when
 * it returns nonzero (1: pinned, mapped and locked; 0: nothing held): the
 * caller loops or bails out on zero, and unmaps after the success.  Each
 * return's result says whether it made the store, so the caller's test of
 * the result (`if (!pin())`, `while (!pin())`, `ret = pin(); if (!ret)`)
 * puts the mapping on the nonzero side only.  Before, the mapping was
 * believed handed over on the zero side (an int result: nonzero fails, by
 * the error-code convention), a leak on the bail-out and a sleep after it.
 */
#include "kapi.h"

struct table {
	spinlock_t lock;
	int huge;
	int bad;
	struct page *page;
};

int put_one(char *to);

static int pin(struct table *t, unsigned long addr, char **mapp,
	       spinlock_t **lockp)
{
	char *map;

	if (t->bad)
		return 0;
	if (t->huge) {
		*mapp = NULL;
		*lockp = &t->lock;
		return 1;
	}
	map = kmap_atomic(t->page);
	if (!map[addr & 7]) {
		kunmap_atomic(map);
		return 0;
	}
	*mapp = map;
	*lockp = &t->lock;
	return 1;
}

static void release(char *map, spinlock_t *lock)
{
	if (map)
		kunmap_atomic(map);
}

unsigned long copy_loop(struct table *t, char *to, unsigned long n,
			struct mutex *m)
{
	while (n) {
		char *map;
		spinlock_t *lock;

		while (!pin(t, (unsigned long)to, &map, &lock)) {
			if (put_one(to))
				goto out;
		}
		n--;
		to++;
		release(map, lock);
	}
out:
	mutex_lock(m);
	return n;
}

unsigned long copy_if(struct table *t, char *to, unsigned long n)
{
	while (n) {
		char *map;
		spinlock_t *lock;

		if (!pin(t, (unsigned long)to, &map, &lock))
			goto out;
		n--;
		to++;
		if (map)
			kunmap_atomic(map);
	}
out:
	msleep(1);
	return n;
}

int copy_ret(struct table *t, char *to)
{
	char *map;
	spinlock_t *lock;
	int ret;

	ret = pin(t, (unsigned long)to, &map, &lock);
	if (ret == 0)
		return -1;
	map[0] = *to;
	release(map, lock);
	msleep(1);
	return 0;
}

/* A wrapper passing the result on: its own callers test it the same way. */
static int pin_wrapped(struct table *t, unsigned long addr, char **mapp,
		       spinlock_t **lockp)
{
	return pin(t, addr, mapp, lockp);
}

int copy_wrapped(struct table *t, char *to)
{
	char *map;
	spinlock_t *lock;

	if (!pin_wrapped(t, (unsigned long)to, &map, &lock)) {
		msleep(1);
		return -1;
	}
	release(map, lock);
	return 0;
}

/* Twin: the success side forgets the unmap. */
int copy_leaky(struct table *t, char *to)
{
	char *map;
	spinlock_t *lock;

	if (!pin(t, (unsigned long)to, &map, &lock))	/* expect: leak */
		return -1;
	map[0] = *to;
	return 0;
}

/* Twin: the result ignored, the mapping never unmapped. */
void copy_ignoring(struct table *t, char *to)
{
	char *map;
	spinlock_t *lock;

	pin(t, (unsigned long)to, &map, &lock);	/* expect: leak */
}

/* Twin: a sleep on the nonzero side, still mapped. */
int copy_sleepy(struct table *t, char *to)
{
	char *map;
	spinlock_t *lock;

	if (pin(t, (unsigned long)to, &map, &lock)) {
		msleep(1);	/* expect: sleep-in-atomic */
		release(map, lock);
	}
	return 0;
}

/* Twin: a helper that hands the mapping over whatever it returns. */
static int pin_always(struct table *t, char **mapp)
{
	char *map = kmap_atomic(t->page);

	*mapp = map;
	if (!map[0])
		return 0;
	return 1;
}

int copy_always(struct table *t, char *to)
{
	char *map;

	if (!pin_always(t, &map))	/* expect: leak */
		return -1;
	kunmap_atomic(map);
	return 0;
}
