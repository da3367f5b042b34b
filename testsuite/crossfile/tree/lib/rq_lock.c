// SPDX-License-Identifier: GPL-2.0
/*
 * The lock wrapper takes the runqueue's lock, or the core's, retrying
 * until the one it holds is still the runqueue's; the unlock wrapper
 * drops it.
 */
#include "rq_lock.h"

void rq_lock_nested(struct rq *rq, int subclass)
{
	spinlock_t *lock;

	preempt_disable();
	if (core_disabled()) {
		spin_lock(&rq->lock);
		preempt_enable_no_resched();
		return;
	}
	for (;;) {
		lock = rq->core_lock;
		spin_lock(lock);
		if (lock == rq->core_lock) {
			preempt_enable_no_resched();
			return;
		}
		spin_unlock(lock);
	}
}

void rq_unlock(struct rq *rq)
{
	spin_unlock(rq->core_lock);
}
