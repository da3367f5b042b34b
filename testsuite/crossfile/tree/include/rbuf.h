/* SPDX-License-Identifier: GPL-2.0 */
/* lib/rbuf.c: a ring buffer whose reserve and commit pair a preempt level. */
#include "k.h"

struct rb_event { int len; int data[4]; };
struct rbuf { int disabled; int commits; struct rb_event *next; };
void preempt_disable_notrace(void);
void preempt_enable_notrace(void);
struct rb_event *rb_lock_reserve(struct rbuf *b, int len);
void rb_unlock_commit(struct rbuf *b, struct rb_event *ev);
