// SPDX-License-Identifier: GPL-2.0
#include "k.h"

int stop_pending(void);

/*
 * Drops the caller's lock if *locked says it holds it, then may sleep:
 * with the lock held only where *locked was false.
 */
int zone_drop_should_stop(spinlock_t *lock, _Bool *locked)
{
	if (*locked) {
		spin_unlock(lock);
		*locked = 0;
	}
	if (stop_pending())
		return 1;
	msleep(1);
	return 0;
}

/* Counts the lock as taken; says it is held: true on every path. */
_Bool zone_note_taken(spinlock_t *lock)
{
	lock->locked++;
	return 1;
}
