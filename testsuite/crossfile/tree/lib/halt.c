// SPDX-License-Identifier: GPL-2.0
/*
 * Helpers that switch their caller's interrupts whatever it held:
 * lib_halt() disables them and calls schedule(), which returns with them
 * on; lib_work_irqs_on() turns them on for its work and off again.  Their
 * summaries say where interrupts are after them.
 */
#include "k.h"

void schedule(void);
void local_irq_disable(void);
void local_irq_enable(void);
void lib_do_work(void);

void lib_halt(void)
{
	local_irq_disable();
	schedule();
}

void lib_work_irqs_on(void)
{
	local_irq_enable();
	lib_do_work();
	local_irq_disable();
}
