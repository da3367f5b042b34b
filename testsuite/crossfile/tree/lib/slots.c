// SPDX-License-Identifier: GPL-2.0
/*
 * slot_lookup() takes a slot's mutex only when asked for active slots and
 * to lock (two nested flag tests): its summary keeps both tests as one
 * group of 'guard' lines.  slot_send() sleeps only when its pointer
 * parameter is NULL (a 'guard' line of its truth).
 */
#include "k.h"
#include "slots.h"

struct slots { struct mutex *mutex; int active[8]; };
void *alloc_msg(void);
void queue_msgbuf(struct slots *t, struct msgbuf *m);

int slot_lookup(struct slots *t, int h, int locked, int only_active)
{
	int found = 1;

	if (only_active) {
		if (locked)
			mutex_lock(t->mutex);
		found = t->active[h];
		if (locked)
			mutex_unlock(t->mutex);
	}
	return found;
}

void slot_send(struct slots *t, struct msgbuf *m)
{
	if (!m) {
		msleep(1);
		m = alloc_msg();
	}
	queue_msgbuf(t, m);
}
