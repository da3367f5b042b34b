/* SPDX-License-Identifier: GPL-2.0 */
/* lib/rq_lock.c: a runqueue's lock and unlock wrappers. */
#include "k.h"

struct rq { spinlock_t lock; spinlock_t *core_lock; int cpu; };
void preempt_disable(void);
void preempt_enable_no_resched(void);
unsigned long local_irq_save(void);
void local_irq_restore(unsigned long flags);
int core_disabled(void);
void rq_lock_nested(struct rq *rq, int subclass);
void rq_unlock(struct rq *rq);
