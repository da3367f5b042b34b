// SPDX-License-Identifier: GPL-2.0
/*
 * As fs/ifa_notify.c, but case 2 meets so many paths that the walk goes
 * past its budget of states there and forgets `event == 2` (nothing
 * after the dispatch reads it): the call out still keeps it, as every
 * way to the call passes that test.
 */
#include "k.h"
#include "ifa.h"

static spinlock_t ifa_lock;

static void __ifa_notify_many(int event, struct ifa *ifa, int *f)
{
	switch (event) {
	case 1:
		break;
	case 2:
		if (f[0])
			ifa_fill_msg(1, ifa);
		if (f[1])
			ifa_fill_msg(2, ifa);
		if (f[2])
			ifa_fill_msg(3, ifa);
		if (f[3])
			ifa_fill_msg(4, ifa);
		if (f[4])
			ifa_fill_msg(5, ifa);
		if (f[5])
			ifa_fill_msg(6, ifa);
		if (f[6])
			ifa_fill_msg(7, ifa);
		ifa_leave_group(ifa->group);
		if (f[0])
			ifa_fill_msg(11, ifa);
		if (f[1])
			ifa_fill_msg(12, ifa);
		if (f[2])
			ifa_fill_msg(13, ifa);
		if (f[3])
			ifa_fill_msg(14, ifa);
		if (f[4])
			ifa_fill_msg(15, ifa);
		if (f[5])
			ifa_fill_msg(16, ifa);
		if (f[6])
			ifa_fill_msg(17, ifa);
		break;
	}
}

void ifa_refresh_many(struct ifa *ifa, int *f)
{
	spin_lock(&ifa_lock);
	__ifa_notify_many(0, ifa, f);	/* no case taken: no sleep */
	spin_unlock(&ifa_lock);
}

void ifa_delete_many(struct ifa *ifa, int *f)
{
	spin_lock(&ifa_lock);
	__ifa_notify_many(2, ifa, f);	/* sleeps under the lock */
	spin_unlock(&ifa_lock);
}
