// SPDX-License-Identifier: GPL-2.0
/*
 * Helpers that switch their caller's interrupts on from their own level:
 * lib_settle() disables and enables them, then sleeps (after leaving
 * every irq level its caller held); lib_halt_or_hold() calls schedule(),
 * which returns with them on, when it returns 0, and returns an error
 * with them off.
 */
#include "k.h"

void schedule(void);
void local_irq_disable(void);
void local_irq_enable(void);

void lib_settle(void)
{
	local_irq_disable();
	local_irq_enable();
	msleep(1);
}

int lib_halt_or_hold(int idle)
{
	local_irq_disable();
	if (idle) {
		schedule();
		return 0;
	}
	return -16;
}
