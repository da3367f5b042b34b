// SPDX-License-Identifier: GPL-2.0
/* Converting metrics may look a congestion control up by name: a mutex. */
#include "k.h"
#include "route.h"

static struct mutex *ca_lock;

void metrics_convert(void *m, void *mx, int len)
{
	if (len > 4) {
		mutex_lock(ca_lock);
		mutex_unlock(ca_lock);
	}
}
