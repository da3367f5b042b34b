#include "kapi.h"

/*
 * do_sched_yield() (kernel/sched/core.c): preemption is disabled across
 * the runqueue unlock, then enabled again without a reschedule by
 * sched_preempt_enable_no_resched(), the macro preempt_enable_no_resched()
 * expands to, before schedule().  In 6.1 it is a macro around
 * preempt_count_dec(), so only its own name says it leaves the context.
 */
void __preempt_count_sub(int val);
#define preempt_count_dec() __preempt_count_sub(1)
#define sched_preempt_enable_no_resched() do { preempt_count_dec(); } while (0)
void schedule(void);
void rq_unlock(void);

void yield_now(void)
{
	preempt_disable();
	rq_unlock();
	sched_preempt_enable_no_resched();
	schedule();
}

void yield_too_early(void)
{
	preempt_disable();
	rq_unlock();
	schedule();	/* expect: sleep-in-atomic */
	sched_preempt_enable_no_resched();
}
