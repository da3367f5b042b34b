// SPDX-License-Identifier: GPL-2.0
/* Callers of sdev_set_state() (fs/devstate.c) under a lock. */
#include "k.h"
#include "devstate.h"

static spinlock_t hcd_lock;

void sdev_died(struct sdev *d)
{
	spin_lock(&hcd_lock);
	sdev_set_state(d, DS_GONE);	/* no wakeup call: no sleep */
	spin_unlock(&hcd_lock);
}

void sdev_configured(struct sdev *d)
{
	spin_lock(&hcd_lock);
	sdev_set_state(d, DS_CONFIGURED);	/* sleeps under the lock */
	spin_unlock(&hcd_lock);
}
