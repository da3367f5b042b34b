// SPDX-License-Identifier: GPL-2.0
#include "k.h"
#include "engine.h"

/* The spinlock in queue mode, the mutex otherwise. */
int engine_lock(struct engine *e)
{
	if (use_queue(e)) {
		spin_lock_bh(&e->queue_lock);
		return 0;
	}
	return mutex_lock_interruptible(e->box_lock);
}

void engine_unlock(struct engine *e)
{
	if (use_queue(e))
		spin_unlock_bh(&e->queue_lock);
	else
		mutex_unlock(e->box_lock);
}
