// SPDX-License-Identifier: GPL-2.0
/*
 * sdev_set_state() calls the sleeping sdev_set_wakeup() (another file)
 * only when new_state is not DS_GONE (0), but its paths there also test
 * new_state against DS_SUSPENDED and DS_CONFIGURED: its call out must keep
 * a test a caller passing DS_GONE fails, not `new_state != DS_SUSPENDED`.
 */
#include "k.h"
#include "devstate.h"

static spinlock_t state_lock;

void sdev_set_state(struct sdev *d, int new_state)
{
	int wakeup = -1;

	spin_lock(&state_lock);
	if (d->state == DS_GONE)
		;
	else if (new_state != DS_GONE) {
		if (d->parent) {
			if (d->state == DS_SUSPENDED ||
			    new_state == DS_SUSPENDED)
				;
			else if (new_state == DS_CONFIGURED)
				wakeup = d->can_wake;
			else
				wakeup = 0;
		}
		d->state = new_state;
	}
	spin_unlock(&state_lock);
	if (wakeup >= 0)
		sdev_set_wakeup(d, wakeup);
}
