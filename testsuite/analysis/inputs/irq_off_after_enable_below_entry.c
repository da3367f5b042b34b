#include "kapi.h"

/*
 * A function that turns interrupts on first (its caller had them off or
 * on: unknown) and off again holds them off from that disable on,
 * whatever came before: a sleep there is in atomic context.  The enable
 * took the level below the entry and the disable only brought it back to
 * the entry's, so the sleep was missed.  For its callers such a function
 * turns their interrupts on, then off: a sleep while they are on is after
 * leaving the caller's levels, one after its own disable is a sleep of its
 * own, and the caller has interrupts off after it, whatever it held.
 */
void local_irq_disable(void);
void local_irq_enable(void);
void local_irq_save_flags(unsigned long *flags);
#define local_irq_save(flags) local_irq_save_flags(&(flags))
void local_irq_restore(unsigned long flags);
void do_work(void);

void enable_then_disable(void)
{
	local_irq_enable();
	do_work();
	local_irq_disable();
	msleep(1);		/* expect: sleep-in-atomic */
	local_irq_enable();
}

/* On again before the sleep: the caller's levels are still gone. */
void enable_disable_enable(void)
{
	local_irq_enable();
	local_irq_disable();
	do_work();
	local_irq_enable();
	msleep(1);
}

/* A save after the enable holds them off until its restore. */
void save_after_enable(void)
{
	unsigned long flags;

	local_irq_enable();
	local_irq_save(flags);
	msleep(1);		/* expect: sleep-in-atomic */
	local_irq_restore(flags);
	msleep(1);
}

/* Does its work with interrupts on and hands them back off. */
static void work_with_irqs_on(void)
{
	local_irq_enable();
	do_work();
	local_irq_disable();
}

void sleep_after_irqs_on_helper(void)
{
	work_with_irqs_on();
	msleep(1);		/* expect: sleep-in-atomic */
	local_irq_enable();
}

/* Twice removed: the helper's caller hands them back off too. */
static void work_twice_removed(void)
{
	do_work();
	work_with_irqs_on();
}

void sleep_after_far_helper(void)
{
	work_twice_removed();
	msleep(1);		/* expect: sleep-in-atomic */
	local_irq_enable();
}

/* The caller's restore brings back what its save found. */
void helper_inside_save(void)
{
	unsigned long flags;

	local_irq_save(flags);
	work_with_irqs_on();
	local_irq_restore(flags);
	msleep(1);
}

/* Sleeps while interrupts are on: not in its caller's irqs-off context. */
static void sleep_with_irqs_on(void)
{
	local_irq_enable();
	msleep(1);
	local_irq_disable();
}

void irqs_off_caller(void)
{
	local_irq_disable();
	sleep_with_irqs_on();
	local_irq_enable();
}

/* A spinlock held across it is not left: still a report. */
void spin_held_caller(spinlock_t *lock)
{
	spin_lock(lock);
	sleep_with_irqs_on();	/* expect: sleep-in-atomic */
	spin_unlock(lock);
}

/* Sleeps under its own disable: a caller with interrupts on is atomic there too. */
static void sleep_under_own_disable(void)
{
	local_irq_enable();
	local_irq_disable();
	msleep(1);		/* expect: sleep-in-atomic */
	local_irq_enable();
}

void irqs_on_caller(void)
{
	sleep_under_own_disable();
	msleep(1);
}
