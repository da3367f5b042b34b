// SPDX-License-Identifier: GPL-2.0
/*
 * A helper calling schedule(), which is legal with only interrupts off
 * (rules: leaves=irq): its summary says it sleeps after turning its
 * caller's interrupts on, and nothing else it left.
 */
#include "k.h"

void schedule(void);
int resched_needed(void);

void lib_resched(void)
{
	if (resched_needed())
		schedule();
}
