#include "kapi.h"

/*
 * schedule() with only interrupts off is legal in 6.1: __schedule()
 * checks the preempt count, not the interrupt flag, disables interrupts
 * itself and returns with them on.  Entry code runs its work loop with
 * interrupts off and calls schedule() there (arch/arm/kernel/signal.c,
 * do_work_pending()).  It was reported as a sleep in atomic context.
 * Under anything else as well (a spinlock, kmap_atomic(), rcu) it is
 * still a bug, and msleep() with interrupts off stays a report.  The
 * rules say it with `leaves=irq` (rules/sleep.rules).
 */
void local_irq_disable(void);
void local_irq_enable(void);
void local_irq_save_flags(unsigned long *flags);
#define local_irq_save(flags) local_irq_save_flags(&(flags))
void local_irq_restore(unsigned long flags);
void spin_lock_irq(spinlock_t *lock);
void spin_unlock_irq(spinlock_t *lock);
void rcu_read_lock(void);
void rcu_read_unlock(void);
void schedule(void);
void io_schedule(void);
unsigned long read_work_flags(void);
void handle_signal_work(void);

static spinlock_t queue_lock;

/* The entry loop: interrupts off on entry and at the end of each turn. */
int work_pending(unsigned long flags)
{
	do {
		if (flags & 1) {
			schedule();
		} else {
			if (flags & 4)
				return 0;
			local_irq_enable();
			handle_signal_work();
		}
		local_irq_disable();
		flags = read_work_flags();
	} while (flags & 7);
	return 0;
}

void schedule_irqs_off(void)
{
	local_irq_disable();
	schedule();
	local_irq_enable();
}

void io_schedule_irqs_saved(void)
{
	unsigned long flags;

	local_irq_save(flags);
	io_schedule();
	local_irq_restore(flags);
}

/* schedule() returns with interrupts on: the next sleep is fine. */
void sleep_after_schedule(void)
{
	local_irq_disable();
	schedule();
	msleep(1);
}

void schedule_under_spin_lock_irq(void)
{
	spin_lock_irq(&queue_lock);
	schedule();		/* expect: sleep-in-atomic */
	spin_unlock_irq(&queue_lock);
}

void schedule_under_kmap_atomic(struct page *page)
{
	char *p = kmap_atomic(page);

	local_irq_disable();
	schedule();		/* expect: sleep-in-atomic */
	local_irq_enable();
	p[0] = 0;
	kunmap_atomic(p);
}

void schedule_under_rcu(void)
{
	rcu_read_lock();
	local_irq_disable();
	schedule();		/* expect: sleep-in-atomic */
	local_irq_enable();
	rcu_read_unlock();
}

void schedule_under_preempt(void)
{
	preempt_disable();
	local_irq_disable();
	schedule();		/* expect: sleep-in-atomic */
	local_irq_enable();
	preempt_enable();
}

/* msleep() is no call to the scheduler: a timed wait stays a report. */
void msleep_irqs_off(void)
{
	local_irq_disable();
	msleep(1);		/* expect: sleep-in-atomic */
	local_irq_enable();
}

/* Interrupts on after schedule(), off again after the disable. */
void disable_after_schedule_held(void)
{
	local_irq_disable();
	schedule();
	local_irq_disable();
	msleep(1);		/* expect: sleep-in-atomic */
	local_irq_enable();
}
