// SPDX-License-Identifier: GPL-2.0
/*
 * __ifa_notify() tests `event` for truth before it switches on it: the
 * sleep in another file is reached only through case 2, so its call out
 * must keep `event == 2`, not the truth test taken both ways.
 */
#include "k.h"
#include "ifa.h"

static spinlock_t ifa_lock;

static void __ifa_notify(int event, struct ifa *ifa)
{
	if (event)
		ifa_warn_unlocked();
	ifa_fill_msg(event ? : 1, ifa);
	switch (event) {
	case 1:
		break;
	case 2:
		if (ifa->forwarding)
			ifa_leave_group(ifa->group);
		ifa_leave_group(ifa->group);
		break;
	}
}

static void ifa_notify(int event, struct ifa *ifa)
{
	if (ifa->dead == 0)
		__ifa_notify(event, ifa);
}

void ifa_refresh(struct ifa *ifa)
{
	spin_lock(&ifa_lock);
	ifa_notify(0, ifa);	/* no case taken: no sleep */
	spin_unlock(&ifa_lock);
}

void ifa_delete(struct ifa *ifa)
{
	spin_lock(&ifa_lock);
	ifa_notify(2, ifa);	/* sleeps under the lock */
	spin_unlock(&ifa_lock);
}
