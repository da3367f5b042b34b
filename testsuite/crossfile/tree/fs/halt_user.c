// SPDX-License-Identifier: GPL-2.0
/*
 * lib/halt.c's helpers from another file: after lib_halt() interrupts
 * are on, whatever the caller held; after lib_work_irqs_on() off.
 */
#include "k.h"

void lib_halt(void);		/* lib/halt.c */
void lib_work_irqs_on(void);	/* lib/halt.c */
void local_irq_disable(void);
void local_irq_enable(void);

static spinlock_t halt_lock;

void sleep_after_halt(void)
{
	local_irq_disable();
	lib_halt();
	msleep(1);
}

void disable_after_halt(void)
{
	lib_halt();
	local_irq_disable();
	msleep(1);
	local_irq_enable();
}

void spin_held_across_halt(void)
{
	spin_lock(&halt_lock);
	lib_halt();
	msleep(1);
	spin_unlock(&halt_lock);
}

/* Off again after it: from elsewhere, believed where they were off. */
void sleep_after_work(void)
{
	local_irq_disable();
	lib_work_irqs_on();
	msleep(1);
	local_irq_enable();
}
