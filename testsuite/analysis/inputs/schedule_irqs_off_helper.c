#include "kapi.h"

/*
 * A static helper calling schedule() (see schedule_irqs_off.c): its
 * summary must give callers the answer schedule() gives them.  A caller
 * with only interrupts off does not sleep in atomic context, nor does one
 * whose helper switches interrupts off itself around the call; a caller
 * holding a spinlock, a kmap_atomic() mapping or preemption off does.
 * And interrupts are on after the helper, as after schedule().
 */
void local_irq_disable(void);
void local_irq_enable(void);
void spin_lock_irq(spinlock_t *lock);
void spin_unlock_irq(spinlock_t *lock);
void schedule(void);
int need_resched_flag(void);

static spinlock_t queue_lock;

static void resched_if_needed(void)
{
	if (need_resched_flag())
		schedule();
}

static void resched_irqs_off(void)
{
	local_irq_disable();
	schedule();
	local_irq_enable();
}

static void nap(void)
{
	msleep(1);
}

void helper_irqs_off(void)
{
	local_irq_disable();
	resched_if_needed();
	local_irq_enable();
}

void own_irqs_off_helper_irqs_off(void)
{
	local_irq_disable();
	resched_irqs_off();
	local_irq_enable();
}

/* After the helper interrupts are on: the sleep that follows is fine. */
void sleep_after_helper(void)
{
	local_irq_disable();
	resched_if_needed();
	msleep(1);
}

void helper_under_spin_lock_irq(void)
{
	spin_lock_irq(&queue_lock);
	resched_if_needed();		/* expect: sleep-in-atomic */
	spin_unlock_irq(&queue_lock);
}

void own_irqs_off_helper_under_spin(void)
{
	spin_lock_irq(&queue_lock);
	resched_irqs_off();		/* expect: sleep-in-atomic */
	spin_unlock_irq(&queue_lock);
}

void helper_under_kmap_atomic(struct page *page)
{
	char *p = kmap_atomic(page);

	local_irq_disable();
	resched_if_needed();		/* expect: sleep-in-atomic */
	local_irq_enable();
	p[0] = 0;
	kunmap_atomic(p);
}

void helper_under_preempt(void)
{
	preempt_disable();
	resched_irqs_off();		/* expect: sleep-in-atomic */
	preempt_enable();
}

void msleep_helper_irqs_off(void)
{
	local_irq_disable();
	nap();				/* expect: sleep-in-atomic */
	local_irq_enable();
}
