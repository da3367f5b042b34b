// SPDX-License-Identifier: GPL-2.0
#include "zone_lock.h"

/* Takes the zone's lock on every return: its callers hold it. */
void zone_lock(struct zone *z)
{
	spin_lock(&z->lock);
}

void zone_unlock(struct zone *z)
{
	spin_unlock(&z->lock);
}

/* Takes it only when the zone is busy: no caller can tell which. */
int zone_lock_if_busy(struct zone *z)
{
	if (!z->busy)
		return 0;
	spin_lock(&z->lock);
	return 1;
}

/* Counts a preempt level on every return: a per-cpu get, not a lock. */
void zone_pin_cpu(struct zone *z)
{
	preempt_disable();
	z->count++;
}

/* Enters preempt and leaves it on different paths. */
void zone_settle(struct zone *z)
{
	if (z->busy)
		preempt_disable();
	else
		preempt_enable();
}

/* Takes the lock with interrupts off, and hands back the flags. */
unsigned long zone_lock_irqsave(struct zone *z)
{
	unsigned long flags;

	spin_lock_irqsave(&z->lock, flags);
	return flags;
}
