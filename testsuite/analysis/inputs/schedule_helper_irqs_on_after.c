#include "kapi.h"

/*
 * A static helper that disables interrupts and calls schedule(), which
 * returns with them on (rules: leaves=irq): after the helper its caller
 * holds no interrupts-off level, whatever it held before, as after
 * spin_unlock_irq() or local_irq_enable().  The helper's summary kept the
 * caller's levels (its own disable and schedule()'s enable cancelled
 * out), so a sleep after it was a false sleep-in-atomic.  Disabling them
 * again after it, or holding a spinlock across it, still reports.
 */
void local_irq_disable(void);
void local_irq_enable(void);
void local_irq_save_flags(unsigned long *flags);
#define local_irq_save(flags) local_irq_save_flags(&(flags))
void local_irq_restore(unsigned long flags);
void schedule(void);

static spinlock_t halt_lock;

static void halt_helper(void)
{
	local_irq_disable();
	schedule();
}

void sleep_after_halt(void)
{
	local_irq_disable();
	halt_helper();
	msleep(1);
}

/* Through a second helper: it turns them on for its callers too. */
static void halt_outer(void)
{
	halt_helper();
}

void sleep_after_outer_halt(void)
{
	local_irq_disable();
	halt_outer();
	msleep(1);
}

/* Nested save: the restore after the switch on does not turn them off. */
void sleep_after_halt_in_save(void)
{
	unsigned long flags;

	local_irq_save(flags);
	local_irq_disable();
	halt_helper();
	local_irq_restore(flags);
	msleep(1);
}

void disable_after_halt(void)
{
	halt_helper();
	local_irq_disable();
	msleep(1);		/* expect: sleep-in-atomic */
	local_irq_enable();
}

void spin_held_across_halt(void)
{
	spin_lock(&halt_lock);
	halt_helper();		/* expect: sleep-in-atomic */
	msleep(1);		/* expect: sleep-in-atomic */
	spin_unlock(&halt_lock);
}

/* Every return turns them on, by schedule() or by its own enable. */
static void halt_or_enable(int idle)
{
	local_irq_disable();
	if (idle)
		schedule();
	else
		local_irq_enable();
}

void sleep_after_halt_or_enable(int idle)
{
	local_irq_disable();
	halt_or_enable(idle);
	msleep(1);
}
