// SPDX-License-Identifier: GPL-2.0
/* A lock wrapper called under kmap_atomic(): analyzed on demand. */
#include "zone_lock.h"

/* The mapping is gone, the lock zone_lock() took is not. */
int zone_copy_then_wait(struct zone *z, struct page *page)
{
	int *v = kmap_atomic(page);
	int first;

	zone_lock(z);
	first = v[0];
	kunmap_atomic(v);
	msleep(1);
	zone_unlock(z);
	return first;
}

/* Unlocked before it sleeps. */
int zone_copy_unlocked(struct zone *z, struct page *page)
{
	int *v = kmap_atomic(page);
	int first;

	zone_lock(z);
	first = v[0];
	zone_unlock(z);
	kunmap_atomic(v);
	msleep(1);
	return first;
}

/* Unlocked after the mapping is gone, before it sleeps. */
int zone_copy_unlocked_late(struct zone *z, struct page *page)
{
	int *v = kmap_atomic(page);
	int first;

	zone_lock(z);
	first = v[0];
	kunmap_atomic(v);
	zone_unlock(z);
	msleep(1);
	return first;
}
