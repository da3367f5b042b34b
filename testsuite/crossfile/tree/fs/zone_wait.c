// SPDX-License-Identifier: GPL-2.0
/* Lock wrappers defined in lib/zone_lock.c. */
#include "zone_lock.h"

/* Sleeps holding the lock zone_lock() took. */
void zone_wait_locked(struct zone *z)
{
	zone_lock(z);
	msleep(1);
	zone_unlock(z);
}

/* Sleeps after zone_unlock() dropped it. */
void zone_wait_unlocked(struct zone *z)
{
	zone_lock(z);
	z->count = 0;
	zone_unlock(z);
	msleep(1);
}

/* The lock may not be held: not told. */
void zone_wait_maybe(struct zone *z)
{
	zone_lock_if_busy(z);
	msleep(1);
}

/* A preempt level counted elsewhere: not believed. */
void zone_wait_pinned(struct zone *z)
{
	zone_pin_cpu(z);
	msleep(1);
}

void zone_wait_settled(struct zone *z)
{
	zone_settle(z);
	msleep(1);
}

/* Unlocked and interrupts restored: fine. */
void zone_wait_restored(struct zone *z)
{
	unsigned long flags = zone_lock_irqsave(z);

	z->count = 0;
	spin_unlock_irqrestore(&z->lock, flags);
	msleep(1);
}

/* The lock dropped, but interrupts still off when it sleeps. */
void zone_wait_irqs_off(struct zone *z)
{
	unsigned long flags = zone_lock_irqsave(z);

	spin_unlock(&z->lock);
	msleep(1);
	local_irq_restore(flags);
}
