// SPDX-License-Identifier: GPL-2.0
/* A helper in another file drops the lock its caller's note says it holds. */
#include "k.h"

int zone_drop_should_stop(spinlock_t *lock, _Bool *locked);	/* lib/zone_drop.c */
_Bool zone_note_taken(spinlock_t *lock);			/* lib/zone_drop.c */

/* The note set with the lock: the helper drops it before it sleeps. */
void zone_scan(spinlock_t *lock)
{
	_Bool locked = 0;

	spin_lock(lock);
	locked = 1;
	zone_drop_should_stop(lock, &locked);
	if (locked)
		spin_unlock(lock);
}

/* The note is the result of a helper in that file returning true. */
void zone_scan_noted(spinlock_t *lock)
{
	_Bool locked;

	spin_lock(lock);
	locked = zone_note_taken(lock);
	zone_drop_should_stop(lock, &locked);
	if (locked)
		spin_unlock(lock);
}

/* The lock taken, the note left false: the helper sleeps under it. */
void zone_scan_unnoted(spinlock_t *lock)
{
	_Bool locked = 0;

	spin_lock(lock);
	zone_drop_should_stop(lock, &locked);
	spin_unlock(lock);
}
