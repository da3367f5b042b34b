// SPDX-License-Identifier: GPL-2.0
/*
 * rb_lock_reserve() disables preemption and keeps it disabled for the
 * caller when it returns an event; rb_unlock_commit() enables it again.
 */
#include "rbuf.h"

struct rb_event *rb_lock_reserve(struct rbuf *b, int len)
{
	struct rb_event *ev;

	preempt_disable_notrace();
	if (b->disabled)
		goto out;
	ev = b->next;
	if (!ev)
		goto out;
	ev->len = len;
	return ev;
out:
	preempt_enable_notrace();
	return 0;
}

void rb_unlock_commit(struct rbuf *b, struct rb_event *ev)
{
	b->commits += ev->len;
	preempt_enable_notrace();
}
