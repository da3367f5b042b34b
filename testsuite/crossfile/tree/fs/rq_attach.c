// SPDX-License-Identifier: GPL-2.0
/*
 * rq_attach() takes and drops a runqueue's lock through lib/rq_lock.c's
 * wrappers, with interrupts saved around them: its callers sleep after it
 * (quiet), or inside (reported).
 */
#include "rq_lock.h"

static inline unsigned long rq_lock_irqsave(struct rq *rq)
{
	unsigned long flags = local_irq_save();

	rq_lock_nested(rq, 0);
	return flags;
}

static inline void rq_unlock_irqrestore(struct rq *rq, unsigned long flags)
{
	rq_unlock(rq);
	local_irq_restore(flags);
}

static void rq_attach(struct rq *rq)
{
	unsigned long flags = rq_lock_irqsave(rq);

	rq->cpu = 1;
	rq_unlock_irqrestore(rq, flags);
}

void rq_attach_then_sleep(struct rq *rq)
{
	rq_attach(rq);
	msleep(1);
}

void rq_sleep_locked(struct rq *rq)
{
	unsigned long flags = rq_lock_irqsave(rq);

	msleep(1);
	rq_unlock_irqrestore(rq, flags);
}
