// SPDX-License-Identifier: GPL-2.0
/*
 * context.c - atomic context: the preempt count (with its softirq part),
 * the pagefault-disabled count, the interrupt flag, and might_sleep(),
 * which complains when any of them says the task must not sleep.
 *
 * The kernel's __might_sleep() looks at the preempt count, the RCU read
 * side depth and the interrupt flag; the engine also counts disabled page
 * faults, so that
 * a sleep under kmap_atomic() is caught on PREEMPT_RT too, where
 * kmap_atomic() disables migration and page faults, not preemption.
 */
#include <sched.h>
#include "internal.h"

#define PREEMPT_OFFSET		1
#define SOFTIRQ_OFFSET		(1 << 8)
#define SOFTIRQ_DISABLE_OFFSET	(2 * SOFTIRQ_OFFSET)
#define SOFTIRQ_MASK		(0xff << 8)
#define X86_EFLAGS_IF		0x200UL

/*
 * What __might_resched() and rcu_sleep_check() complain about.  Disabled page
 * faults alone are not among them: pagefault_disable() only makes faults fail
 * (kmap_atomic() is atomic because it also disables preemption).
 */
static bool in_atomic_context(const struct task *task)
{
	return task->preempt_count || task->rcu_read_lock_nesting ||
	       task->irqs_disabled;
}

/* Remember where atomic context began, for the sleep-in-atomic message. */
static void atomic_enter(struct task *task)
{
	if (!in_atomic_context(task))
		task->atomic_since = task->location;
}

void preempt_count_add(int val)
{
	struct task *task = current;

	atomic_enter(task);
	task->preempt_count += val;
}

void preempt_count_sub(int val)
{
	struct task *task = current;

	if ((task->preempt_count & 0xff) < val) {
		violation("unbalanced", "preempt_enable() without preempt_disable()");
		return;
	}
	task->preempt_count -= val;
}

int preempt_count(void)
{
	return current->preempt_count;
}

void migrate_disable(void)
{
	current->migrate_disable++;
}

void migrate_enable(void)
{
	struct task *task = current;

	if (task->migrate_disable <= 0) {
		violation("unbalanced", "migrate_enable() without migrate_disable()");
		return;
	}
	task->migrate_disable--;
}

void local_bh_disable(void)
{
	struct task *task = current;

	atomic_enter(task);
	task->preempt_count += SOFTIRQ_DISABLE_OFFSET;
}

void local_bh_enable(void)
{
	struct task *task = current;

	if ((task->preempt_count & SOFTIRQ_MASK) < SOFTIRQ_DISABLE_OFFSET) {
		violation("unbalanced", "local_bh_enable() without local_bh_disable()");
		return;
	}
	task->preempt_count -= SOFTIRQ_DISABLE_OFFSET;
}

void pagefault_disable(void)
{
	struct task *task = current;

	atomic_enter(task);
	task->pagefault_disabled++;
}

void pagefault_enable(void)
{
	struct task *task = current;

	if (task->pagefault_disabled <= 0) {
		violation("unbalanced", "pagefault_enable() without pagefault_disable()");
		return;
	}
	task->pagefault_disabled--;
}

bool pagefault_disabled(void)
{
	return current->pagefault_disabled != 0;
}

/* PREEMPT_RCU: a read-side section only counts, but must not sleep. */
void __rcu_read_lock(void)
{
	struct task *task = current;

	atomic_enter(task);
	task->rcu_read_lock_nesting++;
}

void __rcu_read_unlock(void)
{
	struct task *task = current;

	if (task->rcu_read_lock_nesting <= 0) {
		violation("unbalanced", "rcu_read_unlock() without rcu_read_lock()");
		return;
	}
	task->rcu_read_lock_nesting--;
}

void hm_local_irq_disable(void)
{
	struct task *task = current;

	atomic_enter(task);
	task->irqs_disabled = true;
}

void hm_local_irq_enable(void)
{
	struct task *task = current;

	if (!task->irqs_disabled) {
		violation("unbalanced", "interrupts enabled, but they were not disabled");
		return;
	}
	task->irqs_disabled = false;
}

unsigned long hm_local_irq_save(void)
{
	struct task *task = current;
	unsigned long flags = task->irqs_disabled ? 0 : X86_EFLAGS_IF;

	atomic_enter(task);
	task->irqs_disabled = true;
	return flags;
}

void hm_local_irq_restore(unsigned long flags)
{
	struct task *task = current;

	if (!task->irqs_disabled) {
		violation("unbalanced", "local_irq_restore() with interrupts already enabled");
		return;
	}
	task->irqs_disabled = !(flags & X86_EFLAGS_IF);
}

bool hm_irqs_disabled(void)
{
	return current->irqs_disabled;
}

void hm_might_sleep(void)
{
	struct task *task = current;
	const struct hm_location *since = &task->atomic_since;

	if (!in_atomic_context(task))
		return;
	violation("sleep-in-atomic",
		  "sleeping function called from invalid context: in_atomic(): %d, irqs_disabled(): %d, pagefault_disabled(): %d, rcu: %d; atomic since %s:%d",
		  task->preempt_count != 0, task->irqs_disabled,
		  task->pagefault_disabled, task->rcu_read_lock_nesting,
		  since->file ? since->file : "?", since->line);
}

/*
 * schedule() has no might_sleep() in 6.1: __schedule()'s schedule_debug()
 * complains about the preempt count (in_atomic_preempt_off(), softirq
 * part included) and rcu_sleep_check() about an RCU read side, not about
 * the interrupt flag.  __schedule() disables interrupts itself and
 * returns with them on (finish_task_switch() -> raw_spin_rq_unlock_irq()):
 * entry code calls it with interrupts off.
 */
void hm_schedule(void)
{
	struct task *task = current;
	const struct hm_location *since = &task->atomic_since;

	if (task->preempt_count || task->rcu_read_lock_nesting)
		violation("sleep-in-atomic",
			  "scheduling while atomic: preempt_count(): %d, rcu: %d; atomic since %s:%d",
			  task->preempt_count, task->rcu_read_lock_nesting,
			  since->file ? since->file : "?", since->line);
	task->irqs_disabled = false;
	sched_yield();
}

void __might_sleep(const char *file, int line)
{
	hm_here(file, line);
	hm_might_sleep();
}

/* A user access may fault, and so sleep; not when page faults are disabled. */
void hm_might_fault(void)
{
	if (pagefault_disabled())
		return;
	hm_might_sleep();
}

void __might_fault(const char *file, int line)
{
	hm_here(file, line);
	hm_might_fault();
}
