#include "kapi.h"

/*
 * spin_lock_irqsave() takes a lock and disables interrupts; its unlock
 * drops both.  A function may pair halves of two kinds: interrupts off
 * with local_irq_save() and a plain lock, released by one
 * spin_unlock_irqrestore() (perf_lock_task_context() and its callers in
 * kernel/events/core.c; krc_this_cpu_lock()/krc_this_cpu_unlock() in
 * kernel/rcu/tree.c).  With the _irqsave forms taking only the lock,
 * the irq level of local_irq_save() stayed taken forever after, and
 * every sleep later in the caller was reported.
 */
void local_irq_save_flags(unsigned long *flags);
#define local_irq_save(flags) local_irq_save_flags(&(flags))
void spin_unlock_irqrestore(spinlock_t *lock, unsigned long flags);
unsigned long _spin_lock_irqsave(spinlock_t *lock);
#define spin_lock_irqsave(lock, flags) ((flags) = _spin_lock_irqsave(lock))
void local_irq_restore(unsigned long flags);

struct counter {
	spinlock_t lock;
	int value;
};

static struct counter *lock_counter(struct counter *c, unsigned long *flags)
{
	local_irq_save(*flags);
	spin_lock(&c->lock);
	return c;
}

void bump_then_sleep(struct counter *c)
{
	unsigned long flags;

	c = lock_counter(c, &flags);
	c->value++;
	spin_unlock_irqrestore(&c->lock, flags);
	msleep(1);
}

/* The other way round: both taken at once, released one by one. */
void bump_release_apart(struct counter *c)
{
	unsigned long flags;

	spin_lock_irqsave(&c->lock, flags);
	c->value++;
	spin_unlock(&c->lock);
	local_irq_restore(flags);
	msleep(1);
}

/* Still wrong: the lock is dropped but interrupts are still off. */
void sleep_with_irqs_off(struct counter *c)
{
	unsigned long flags;

	spin_lock_irqsave(&c->lock, flags);
	spin_unlock(&c->lock);
	msleep(1);	/* expect: sleep-in-atomic */
	local_irq_restore(flags);
}
