#include "kapi.h"

/*
 * A helper that switches interrupts on for some returns only: it calls
 * schedule(), which returns with them on, and returns 0, or returns an
 * error with them off by its own disable.  Sorted by its result, the
 * returns agree (context_result.c): on the side of 0 interrupts are on
 * whatever the caller held, so a caller's sleep there is fine even with
 * interrupts off before the call; on the other side they are off.  (The
 * counted deltas, 0 and 1, kept the caller's own level on both sides.)
 * A spinlock held across, or the error side, still reports.
 */
void local_irq_disable(void);
void local_irq_enable(void);
void schedule(void);

static spinlock_t halt_lock;

static int halt_or_hold(int idle)
{
	local_irq_disable();
	if (idle) {
		schedule();
		return 0;
	}
	return -16;
}

void irqs_off_sleep_on_halt_side(int idle)
{
	local_irq_disable();
	if (!halt_or_hold(idle))
		msleep(1);
}

void irqs_off_sleep_on_halt_side_var(int idle)
{
	int err;

	local_irq_disable();
	err = halt_or_hold(idle);
	if (err)
		return;
	msleep(1);
}

/* Twins that must still report. */
void irqs_off_sleep_on_hold_side(int idle)
{
	local_irq_disable();
	if (halt_or_hold(idle))
		msleep(1);		/* expect: sleep-in-atomic */
}

void sleep_on_hold_side(int idle)
{
	if (halt_or_hold(idle)) {
		msleep(1);		/* expect: sleep-in-atomic */
		local_irq_enable();
	}
}

void spin_held_sleep_on_halt_side(int idle)
{
	spin_lock(&halt_lock);
	if (!halt_or_hold(idle))	/* expect: sleep-in-atomic */
		msleep(1);		/* expect: sleep-in-atomic */
	spin_unlock(&halt_lock);
}
