// SPDX-License-Identifier: GPL-2.0
/*
 * The trace log holds its own preempt level around a reserve and commit
 * of lib/rbuf.c, which pair a level of their own: balanced (tlog_print),
 * twice enabled (tlog_double), a sleep past the commit under its own
 * level (tlog_sleep).
 */
#include "rbuf.h"

static struct rb_event *tlog_reserve(struct rbuf *b, int len)
{
	struct rb_event *ev = rb_lock_reserve(b, len);

	if (ev)
		ev->data[1] = len;
	return ev;
}

int tlog_print(struct rbuf *b, int v)
{
	struct rb_event *ev;

	preempt_disable_notrace();
	ev = tlog_reserve(b, 1);
	if (!ev)
		goto out;
	ev->data[0] = v;
	rb_unlock_commit(b, ev);
out:
	preempt_enable_notrace();
	return 0;
}

int tlog_double(struct rbuf *b, int v)
{
	struct rb_event *ev;

	preempt_disable_notrace();
	ev = rb_lock_reserve(b, 1);
	if (!ev)
		goto out;
	ev->data[0] = v;
	rb_unlock_commit(b, ev);
	preempt_enable_notrace();
out:
	preempt_enable_notrace();
	return 0;
}

int tlog_sleep(struct rbuf *b, int v)
{
	struct rb_event *ev;

	preempt_disable_notrace();
	ev = rb_lock_reserve(b, 1);
	if (!ev)
		goto out;
	ev->data[0] = v;
	rb_unlock_commit(b, ev);
	msleep(1);
out:
	preempt_enable_notrace();
	return 0;
}
