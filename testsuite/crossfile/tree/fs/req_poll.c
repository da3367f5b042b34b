// SPDX-License-Identifier: GPL-2.0
/*
 * lib/req.c's helpers set the request's waiting member from their
 * parameter (or to 0); the runner sleeps only if it is set.
 */
#include "k.h"
#include "req.h"

static int req_run(struct ctrl *c, struct req *r)
{
	if (r->waiting)
		msleep(10);
	return r->status;
}

static int gather(struct ctrl *c, int wait)
{
	struct req *r = req_get(c, wait);

	if (!r)
		return -1;
	return req_run(c, r);
}

static int gather_some(struct ctrl *c, int wait)
{
	struct req *r = req_get_some(c, wait);

	if (!r)
		return -1;
	return req_run(c, r);
}

void poll_nowait(struct ctrl *c)
{
	spin_lock(&c->lock);
	gather(c, 0);
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

void poll_wait(struct ctrl *c)
{
	spin_lock(&c->lock);
	gather(c, 1);
	spin_unlock(&c->lock);
}

void poll_some(struct ctrl *c)
{
	spin_lock(&c->lock);
	gather_some(c, 0);
	spin_unlock(&c->lock);
}

/* Under a mapping: the calls ask lib/req.c's definitions on demand. */
void poll_mapped(struct ctrl *c, struct page *pg)
{
	char *v = kmap_atomic(pg);
	struct req *r = req_get(c, 0);

	if (r)
		req_run(c, r);
	kunmap_atomic(v);
}

void poll_mapped_wait(struct ctrl *c, struct page *pg)
{
	char *v = kmap_atomic(pg);
	struct req *r = req_get(c, 1);

	if (r)
		req_run(c, r);
	kunmap_atomic(v);
}

void req_prepare(struct req *r);

/* A call handed the request in between may set the member. */
static int gather_prepared(struct ctrl *c, int wait)
{
	struct req *r = req_get(c, wait);

	if (!r)
		return -1;
	req_prepare(r);
	return req_run(c, r);
}

void poll_prepared(struct ctrl *c)
{
	spin_lock(&c->lock);
	gather_prepared(c, 0);
	spin_unlock(&c->lock);
}

/* The helper stores 1. */
void poll_always(struct ctrl *c)
{
	struct req *r;

	spin_lock(&c->lock);
	r = req_get_always(c);
	if (r)
		req_run(c, r);
	spin_unlock(&c->lock);
}
