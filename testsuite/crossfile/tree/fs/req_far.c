// SPDX-License-Identifier: GPL-2.0
/*
 * Requests run by lib/req.c's req_exec(), which sleeps only if the
 * request's waiting member is set, through helpers of this file that are
 * not in atomic context themselves: their calls out keep what the
 * runner's sleep needs, a test of their own `wait` or never.
 */
#include "k.h"
#include "req.h"

void req_prepare(struct req *r);

static int submit(struct ctrl *c, int wait)
{
	struct req *r = req_get(c, wait);

	if (!r)
		return -1;
	return req_exec(c, r);
}

/* Passes 0: the runner does not wait. */
void submit_nowait(struct ctrl *c)
{
	spin_lock(&c->lock);
	submit(c, 0);
	spin_unlock(&c->lock);
}

/* Passes 1: it waits under the lock. */
void submit_wait(struct ctrl *c)
{
	spin_lock(&c->lock);
	submit(c, 1);
	spin_unlock(&c->lock);
}

/* Its request never waits, whatever its caller passes. */
static int submit_quick(struct ctrl *c, int wait)
{
	struct req *r = req_get(c, 0);

	if (!r || !wait)
		return -1;
	return req_exec(c, r);
}

void submit_quick_locked(struct ctrl *c)
{
	spin_lock(&c->lock);
	submit_quick(c, 1);
	spin_unlock(&c->lock);
}

/* A call handed the request in between may set the member. */
static int submit_prepared(struct ctrl *c, int wait)
{
	struct req *r = req_get(c, wait);

	if (!r)
		return -1;
	req_prepare(r);
	return req_exec(c, r);
}

void submit_prepared_nowait(struct ctrl *c)
{
	spin_lock(&c->lock);
	submit_prepared(c, 0);
	spin_unlock(&c->lock);
}

/* The helper in between sets the member itself. */
static int submit_forced(struct ctrl *c, int wait)
{
	struct req *r = req_get(c, wait);

	if (!r)
		return -1;
	r->waiting = 1;
	return req_exec(c, r);
}

void submit_forced_nowait(struct ctrl *c)
{
	spin_lock(&c->lock);
	submit_forced(c, 0);
	spin_unlock(&c->lock);
}

/* One level further: the wrapper passes its own `wait` on. */
static int submit_outer(struct ctrl *c, int wait)
{
	return submit(c, wait) + 1;
}

void submit_outer_nowait(struct ctrl *c)
{
	spin_lock(&c->lock);
	submit_outer(c, 0);
	spin_unlock(&c->lock);
}

void submit_outer_wait(struct ctrl *c)
{
	spin_lock(&c->lock);
	submit_outer(c, 1);
	spin_unlock(&c->lock);
}

/* For fs/req_user.c: its summary in the database keeps the runner's test. */
int submit_any(struct ctrl *c, int wait)
{
	return submit(c, wait);
}
