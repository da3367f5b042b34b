// SPDX-License-Identifier: GPL-2.0
/*
 * lib/reqbits.c's rq_finish() under a spinlock: a request whose flags
 * have neither bit (stored, or seen clear) is quiet; one with a bit, or
 * flags unknown, may sleep.
 */
#include "k.h"
#include "reqbits.h"

static spinlock_t rq_lock;

void rq_quiet(struct rq *r, struct rq *s)
{
	r->flags = R_META;
	spin_lock(&rq_lock);
	rq_finish(r);
	spin_unlock(&rq_lock);
	if (s->flags & (R_SYNC | R_FUA))
		return;
	spin_lock(&rq_lock);
	rq_finish(s);
	spin_unlock(&rq_lock);
}

void rq_sleeps(struct rq *r, struct rq *s)
{
	r->flags = R_SYNC;
	spin_lock(&rq_lock);
	rq_finish(r);
	rq_finish(s);
	spin_unlock(&rq_lock);
}
