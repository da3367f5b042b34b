#include "kapi.h"

/*
 * A helper that switches interrupts on from its own level
 * (local_irq_disable(); local_irq_enable(), or spin_unlock_irq() of its
 * own lock) and then sleeps.  Interrupts are switched, not counted: that
 * enable turns its caller's interrupts on too, so the sleep runs with
 * them on.  A caller holding only interrupts off does not sleep in atomic
 * context through it (the sleep comes after leaving every irq level, as
 * after schedule()); one holding a spinlock, preempt_disable() or
 * kmap_atomic() across the call still does, and so does one that
 * disables them again after it, or a helper that sleeps before its
 * enable.
 */
void local_irq_disable(void);
void local_irq_enable(void);
void local_irq_save_flags(unsigned long *flags);
#define local_irq_save(flags) local_irq_save_flags(&(flags))
void local_irq_restore(unsigned long flags);

static spinlock_t settle_lock;
static spinlock_t outer_lock;

static void settle(void)
{
	local_irq_disable();
	local_irq_enable();
	msleep(1);
}

void irqs_off_across_settle(void)
{
	local_irq_disable();
	settle();
	local_irq_enable();
}

void irqs_saved_across_settle(void)
{
	unsigned long flags;

	local_irq_save(flags);
	settle();
	local_irq_restore(flags);
}

/* Its own lock, taken and dropped with interrupts. */
static void settle_locked(int *count)
{
	spin_lock_irq(&settle_lock);
	(*count)++;
	spin_unlock_irq(&settle_lock);
	msleep(1);
}

void irqs_off_across_settle_locked(int *count)
{
	local_irq_disable();
	settle_locked(count);
	local_irq_enable();
}

/* Through a second helper: the sleep stays after leaving. */
static void settle_outer(void)
{
	settle();
}

void irqs_off_across_settle_outer(void)
{
	local_irq_disable();
	settle_outer();
	local_irq_enable();
}

/* Twins that must still report. */
void spin_held_across_settle(void)
{
	spin_lock(&outer_lock);
	settle();		/* expect: sleep-in-atomic */
	spin_unlock(&outer_lock);
}

void spin_irq_held_across_settle(void)
{
	spin_lock_irq(&outer_lock);
	settle();		/* expect: sleep-in-atomic */
	spin_unlock_irq(&outer_lock);
}

void preempt_off_across_settle(void)
{
	preempt_disable();
	local_irq_disable();
	settle();		/* expect: sleep-in-atomic */
	preempt_enable();
}

void atomic_map_across_settle(struct page *page)
{
	char *addr = kmap_atomic(page);

	addr[0] = 0;
	settle();		/* expect: sleep-in-atomic */
	kunmap_atomic(addr);
}

void disable_after_settle(void)
{
	local_irq_disable();
	settle();
	local_irq_disable();
	msleep(1);		/* expect: sleep-in-atomic */
	local_irq_enable();
}

/* The sleep before its enable is a plain sleep for its callers. */
static void sleep_then_settle(void)
{
	msleep(1);
	local_irq_disable();
	local_irq_enable();
}

void irqs_off_across_sleep_then_settle(void)
{
	local_irq_disable();
	sleep_then_settle();	/* expect: sleep-in-atomic */
	local_irq_enable();
}

/*
 * A restore brings back what its save found before the enable: the
 * caller's interrupts off again, for a sleep in it or after it.
 */
static void enable_within_save(int *count)
{
	unsigned long flags;

	local_irq_save(flags);
	local_irq_enable();
	(*count)++;
	local_irq_restore(flags);
}

void sleep_after_enable_within_save(int *count)
{
	local_irq_disable();
	enable_within_save(count);
	msleep(1);		/* expect: sleep-in-atomic */
	local_irq_enable();
}

static void settle_within_save(void)
{
	unsigned long flags;

	local_irq_save(flags);
	local_irq_enable();
	local_irq_restore(flags);
	msleep(1);
}

void irqs_off_across_settle_within_save(void)
{
	local_irq_disable();
	settle_within_save();	/* expect: sleep-in-atomic */
	local_irq_enable();
}
