#include "kapi.h"

/*
 * A request helper returns an object whose member it set to its own
 * parameter (`r->waiting = wait; return r;`) on every path that returns
 * the object (the NULL return sets nothing), and the request runner
 * sleeps only if that member is set (`if (r->waiting) msleep()`).  So a
 * function doing
 *
 *	r = req_get(c, wait);
 *	...
 *	return req_run(c, r);
 *
 * sleeps only if its own `wait` is true: its callers passing false under
 * a spinlock do not sleep, nor does a caller whose helper stores a
 * constant 0 there.  Stores through a local pointer to another member
 * of the request (`info = &r->info; info->op = op;`) leave it.  And
 * when the runner's sleep is in a helper handed the request (`if
 * (r->waiting) req_wait(r);`): the call is made under the test, though
 * it may write the member.
 *
 * Still reported: a caller passing true; a helper that leaves the member
 * unset on a returning path; a call handed the object between the helper
 * and the runner (it may set the member); a store through a local pointer
 * to the member itself; a helper storing 1.
 */
struct req_info {
	int op;
	int len;
};

struct req {
	struct req *next;
	struct req_info info;
	int waiting;
	int status;
};

struct ctrl {
	spinlock_t lock;
	struct req *free;
};

void req_post(struct ctrl *c, int op);
void req_prepare(struct req *r);
void req_done(struct req *r);

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
	r->status = 0;
	r->waiting = wait;
	return r;
}

/* Sets the member on the list path only. */
static struct req *req_get_some(struct ctrl *c, bool wait)
{
	struct req *r = c->free;

	if (r) {
		c->free = r->next;
		r->waiting = wait;
		return r;
	}
	r = kmalloc(sizeof(*r), GFP_ATOMIC);
	return r;
}

static struct req *req_get_nowait(struct ctrl *c)
{
	struct req *r = kmalloc(sizeof(*r), GFP_ATOMIC);

	if (!r)
		return NULL;
	r->waiting = 0;
	return r;
}

static struct req *req_get_always(struct ctrl *c)
{
	struct req *r = kmalloc(sizeof(*r), GFP_ATOMIC);

	if (!r)
		return NULL;
	r->waiting = 1;
	return r;
}

static int req_run(struct ctrl *c, struct req *r)
{
	req_post(c, r->info.op);
	if (r->waiting)
		msleep(10);
	return r->status;
}

static int gather(struct ctrl *c, bool wait)
{
	struct req *r = req_get(c, wait);

	if (!r)
		return -1;
	return req_run(c, r);
}

/* Waits in a helper handed the request (it may write it). */
static void req_wait(struct req *r)
{
	msleep(10);
	req_done(r);
}

static int req_run_handed(struct ctrl *c, struct req *r)
{
	req_post(c, r->info.op);
	if (r->waiting)
		req_wait(r);
	return r->status;
}

static int gather_handed(struct ctrl *c, bool wait)
{
	struct req *r = req_get(c, wait);

	if (!r)
		return -1;
	return req_run_handed(c, r);
}

/* Fills the request's info through a local pointer to it. */
static int gather_info(struct ctrl *c, bool wait, int op)
{
	struct req *r = req_get(c, wait);
	struct req_info *info;

	if (!r)
		return -1;
	info = &r->info;
	memset(info, 0, sizeof(*info));
	info->op = op;
	info->len = 4;
	return req_run(c, r);
}

/* Sets the member through a local pointer to it. */
static int gather_flag(struct ctrl *c, bool wait)
{
	struct req *r = req_get(c, wait);
	int *flag;

	if (!r)
		return -1;
	flag = &r->waiting;
	*flag = 1;
	return req_run(c, r);
}

static int gather_some(struct ctrl *c, bool wait)
{
	struct req *r = req_get_some(c, wait);

	if (!r)
		return -1;
	return req_run(c, r);
}

static int gather_prepared(struct ctrl *c, bool wait)
{
	struct req *r = req_get(c, wait);

	if (!r)
		return -1;
	req_prepare(r);
	return req_run(c, r);
}

void poll_nowait(struct ctrl *c)
{
	spin_lock(&c->lock);
	gather(c, false);
	spin_unlock(&c->lock);
}

void poll_info(struct ctrl *c)
{
	spin_lock(&c->lock);
	gather_info(c, false, 3);
	spin_unlock(&c->lock);
}

void poll_flag(struct ctrl *c)
{
	spin_lock(&c->lock);
	gather_flag(c, false);	/* expect: sleep-in-atomic */
	spin_unlock(&c->lock);
}

void poll_direct_nowait(struct ctrl *c)
{
	struct req *r;

	spin_lock(&c->lock);
	r = req_get(c, false);
	if (r)
		req_run(c, r);
	spin_unlock(&c->lock);
}

void poll_constant(struct ctrl *c)
{
	struct req *r;

	spin_lock(&c->lock);
	r = req_get_nowait(c);
	if (r)
		req_run(c, r);
	spin_unlock(&c->lock);
}

void poll_handed_nowait(struct ctrl *c)
{
	spin_lock(&c->lock);
	gather_handed(c, false);
	spin_unlock(&c->lock);
}

void poll_handed_wait(struct ctrl *c)
{
	spin_lock(&c->lock);
	gather_handed(c, true);	/* expect: sleep-in-atomic */
	spin_unlock(&c->lock);
}

void poll_wait(struct ctrl *c)
{
	spin_lock(&c->lock);
	gather(c, true);	/* expect: sleep-in-atomic */
	spin_unlock(&c->lock);
}

void poll_some(struct ctrl *c)
{
	spin_lock(&c->lock);
	gather_some(c, false);	/* expect: sleep-in-atomic */
	spin_unlock(&c->lock);
}

void poll_prepared(struct ctrl *c)
{
	spin_lock(&c->lock);
	gather_prepared(c, false);	/* expect: sleep-in-atomic */
	spin_unlock(&c->lock);
}

void poll_always(struct ctrl *c)
{
	struct req *r;

	spin_lock(&c->lock);
	r = req_get_always(c);
	if (r)
		req_run(c, r);	/* expect: sleep-in-atomic */
	spin_unlock(&c->lock);
}
