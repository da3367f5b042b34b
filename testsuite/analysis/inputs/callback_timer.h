/* SPDX-License-Identifier: GPL-2.0 */
/*
 * callback_timer.h - the timer and tasklet API of Linux 6.1 as the
 * callback_*.c inputs need it: timer_setup() is a macro reaching
 * init_timer_key() (without lockdep), tasklets and call_rcu() are plain
 * functions.
 */
#ifndef CALLBACK_TIMER_H
#define CALLBACK_TIMER_H

#include "kapi.h"

struct lock_class_key;
struct timer_list {
	unsigned long expires;
	void (*function)(struct timer_list *);
	unsigned int flags;
};
struct tasklet_struct {
	unsigned long state;
	void (*callback)(struct tasklet_struct *t);
};

void init_timer_key(struct timer_list *timer,
		    void (*func)(struct timer_list *), unsigned int flags,
		    const char *name, struct lock_class_key *key);
void init_timer_on_stack_key(struct timer_list *timer,
			     void (*func)(struct timer_list *),
			     unsigned int flags, const char *name,
			     struct lock_class_key *key);
#define __init_timer(_timer, _fn, _flags) \
	init_timer_key((_timer), (_fn), (_flags), NULL, NULL)
#define __init_timer_on_stack(_timer, _fn, _flags) \
	init_timer_on_stack_key((_timer), (_fn), (_flags), NULL, NULL)
#define timer_setup(timer, callback, flags) \
	__init_timer((timer), (callback), (flags))
#define timer_setup_on_stack(timer, callback, flags) \
	__init_timer_on_stack((timer), (callback), (flags))
int mod_timer(struct timer_list *timer, unsigned long expires);
int del_timer_sync(struct timer_list *timer);

void tasklet_init(struct tasklet_struct *t, void (*func)(unsigned long),
		  unsigned long data);
void tasklet_setup(struct tasklet_struct *t,
		   void (*callback)(struct tasklet_struct *));

struct rcu_head {
	struct rcu_head *next;
	void (*func)(struct rcu_head *head);
};
void call_rcu(struct rcu_head *head, void (*func)(struct rcu_head *head));

void vfree(const void *addr);
void spin_lock_bh(spinlock_t *lock);
void spin_unlock_bh(spinlock_t *lock);
void local_bh_enable(void);

#define container_of(ptr, type, member) \
	((type *)((char *)(ptr) - __builtin_offsetof(type, member)))

#endif
