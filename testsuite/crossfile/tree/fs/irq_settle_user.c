// SPDX-License-Identifier: GPL-2.0
/*
 * lib/irq_settle.c's helpers from another file: lib_settle() sleeps with
 * interrupts on whatever its caller held, but not outside a caller's
 * spinlock; after lib_halt_or_hold() interrupts are on if it returned 0,
 * off else (the levels it adds are not believed from another file
 * (extern.c), but its caller's own are not switched on by that side).
 */
#include "k.h"

void lib_settle(void);			/* lib/irq_settle.c */
int lib_halt_or_hold(int idle);		/* lib/irq_settle.c */
void local_irq_disable(void);
void local_irq_enable(void);

static spinlock_t settle_lock;

void settle_irqs_off(void)
{
	local_irq_disable();
	lib_settle();
}

void settle_spin_held(void)
{
	spin_lock(&settle_lock);
	lib_settle();
	spin_unlock(&settle_lock);
}

void sleep_on_halt_side(int idle)
{
	local_irq_disable();
	if (!lib_halt_or_hold(idle))
		msleep(1);
}

void sleep_on_hold_side(int idle)
{
	local_irq_disable();
	if (lib_halt_or_hold(idle))
		msleep(1);
}
