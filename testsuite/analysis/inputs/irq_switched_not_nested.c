#include "kapi.h"

/*
 * Interrupts are off or on, not counted.  A second local_irq_disable()
 * changes nothing and one local_irq_enable() (or spin_unlock_irq()) turns
 * them on whatever came before; only local_irq_save()/restore() nest, by
 * the flags they keep.  Counting them made every sleep after such an
 * enable a false sleep-in-atomic.  And safe_halt() ("sti; hlt") returns
 * with interrupts on: a cpufreq driver halts inside a helper that then
 * disables them again, between its caller's local_irq_save() and
 * local_irq_restore() (drivers/cpufreq/longhaul.c).
 */
void local_irq_disable(void);
void local_irq_enable(void);
void local_irq_save_flags(unsigned long *flags);
#define local_irq_save(flags) local_irq_save_flags(&(flags))
void local_irq_restore(unsigned long flags);
void spin_lock_irq(spinlock_t *lock);
void spin_unlock_irq(spinlock_t *lock);
void native_safe_halt(void);
#define safe_halt() native_safe_halt()
void program_multiplier(int m);

static spinlock_t queue_lock;
static int queue_len;

/* The lock's unlock turns interrupts on, though they were off before. */
void drain_then_sleep(void)
{
	local_irq_disable();
	spin_lock_irq(&queue_lock);
	queue_len = 0;
	spin_unlock_irq(&queue_lock);
	msleep(1);
}

void disable_twice_enable_once(void)
{
	local_irq_disable();
	local_irq_disable();
	local_irq_enable();
	msleep(1);
}

static void halt_and_switch(int mult)
{
	safe_halt();
	program_multiplier(mult);
	local_irq_disable();
}

int set_multiplier(int mult, int retry)
{
	unsigned long flags;

	local_irq_save(flags);
	halt_and_switch(mult);
	local_irq_restore(flags);
	if (retry)
		msleep(200);
	return 0;
}

/* A restore after the switch on does not reach below the caller's level. */
void enable_inside_save(void)
{
	unsigned long flags;

	local_irq_save(flags);
	local_irq_enable();
	local_irq_restore(flags);
	msleep(1);
}

/* Still off: the save found them off, so the restore keeps them off. */
void save_inside_disable(void)
{
	unsigned long flags;

	local_irq_disable();
	local_irq_save(flags);
	local_irq_restore(flags);
	msleep(1);		/* expect: sleep-in-atomic */
	local_irq_enable();
}

/* The lock's unlock turns interrupts on, but the outer lock is held. */
void nested_irq_locks(spinlock_t *outer)
{
	spin_lock_irq(outer);
	spin_lock_irq(&queue_lock);
	spin_unlock_irq(&queue_lock);
	msleep(1);		/* expect: sleep-in-atomic */
	spin_unlock_irq(outer);
}

/* Off since the second disable; the halt turned them on only before it. */
void halt_then_disable(void)
{
	local_irq_disable();
	safe_halt();
	local_irq_disable();
	msleep(1);		/* expect: sleep-in-atomic */
	local_irq_enable();
}
