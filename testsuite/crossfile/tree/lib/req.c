// SPDX-License-Identifier: GPL-2.0
#include "k.h"
#include "req.h"

struct req *req_alloc(void);

/* Every return of the request sets its waiting member to `wait`. */
struct req *req_get(struct ctrl *c, int wait)
{
	struct req *r = c->free;

	if (r) {
		c->free = r->next;
	} else {
		r = req_alloc();
		if (!r)
			return 0;
	}
	r->status = 0;
	r->waiting = wait;
	return r;
}

/* Only the list path sets it. */
struct req *req_get_some(struct ctrl *c, int wait)
{
	struct req *r = c->free;

	if (r) {
		c->free = r->next;
		r->waiting = wait;
		return r;
	}
	return req_alloc();
}

struct req *req_get_nowait(struct ctrl *c)
{
	struct req *r = req_alloc();

	if (!r)
		return 0;
	r->waiting = 0;
	return r;
}

struct req *req_get_always(struct ctrl *c)
{
	struct req *r = req_alloc();

	if (!r)
		return 0;
	r->waiting = 1;
	return r;
}

/* Runs the request: waits for it only if its waiting member is set. */
int req_exec(struct ctrl *c, struct req *r)
{
	if (r->waiting)
		msleep(10);
	return r->status;
}
