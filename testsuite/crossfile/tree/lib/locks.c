// SPDX-License-Identifier: GPL-2.0
#include "k.h"

/* The unlock helper of the caller's lock. */
void unlock_dev(struct dev *d)
{
	d->state = 0;
	spin_unlock(&d->lock);
}

/* Nets out one preempt level on its own: what callers are told of it is
 * only what concerns a context they hold. */
void settle_counters(void)
{
	preempt_enable();
}
