// SPDX-License-Identifier: GPL-2.0
/*
 * The twin of clean/member_set_by_returning_helper.c whose poll asks,
 * through the wrapper, for a request that waits: the helper sets
 * `waiting` to true and the runner sleeps under the spinlock.
 */
#include <linux/highmem.h>
#include <linux/spinlock.h>
#include <linux/slab.h>
#include <linux/delay.h>
#include <hmcase.h>

struct req { struct req *next; int waiting; unsigned int value; };
struct ctrl { spinlock_t lock; struct req *free; struct req spare; };

static struct req *req_get(struct ctrl *c, bool wait)
{
	struct req *r = c->free;

	if (r) {
		c->free = r->next;
	} else {
		r = kmalloc(sizeof(*r), GFP_ATOMIC);
		if (!r)
			return NULL;
	}
	r->waiting = wait;
	return r;
}

static unsigned int req_run(struct req *r)
{
	if (r->waiting)
		msleep(1);	/* expect-runtime: sleep-in-atomic -- the engine sees the sleep itself, hmcheck the call under the lock */
	return r->value;
}

static void req_put(struct ctrl *c, struct req *r)
{
	if (r == &c->spare) {
		r->next = c->free;
		c->free = r;
	} else {
		kfree(r);
	}
}

static unsigned int gather(struct ctrl *c, bool wait)
{
	struct req *r = req_get(c, wait);
	unsigned int value;

	if (!r)
		return 0;
	value = req_run(r);
	req_put(c, r);
	return value;
}

static void poll(struct ctrl *c, struct page *page)
{
	unsigned int *v = kmap_local_page(page);

	spin_lock(&c->lock);
	v[0] = gather(c, true);	/* expect-static: sleep-in-atomic -- the engine places it at msleep() in req_run() */
	spin_unlock(&c->lock);
	kunmap_local(v);
}

HMCASE_INPUTS(2, 2);

void hmcase_run(const int *in)
{
	static struct ctrl c;

	spin_lock_init(&c.lock);
	c.spare.next = NULL;
	c.free = in[1] ? &c.spare : NULL;
	poll(&c, hmcase_page(in[0]));
}
