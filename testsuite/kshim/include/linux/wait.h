/* SPDX-License-Identifier: GPL-2.0 */
/*
 * wait.h - wait queues.  wait_event() might sleep, then polls its
 * condition (another thread makes it true); wake_up() has nothing to do.
 */
#ifndef _LINUX_WAIT_H
#define _LINUX_WAIT_H

#include <linux/types.h>

typedef struct wait_queue_head {
	int unused;
} wait_queue_head_t;

#define DECLARE_WAIT_QUEUE_HEAD(name)	wait_queue_head_t name = { 0 }

static inline void init_waitqueue_head(wait_queue_head_t *wq_head)
{
	wq_head->unused = 0;
}

#define wake_up(wq_head)		do { (void)(wq_head); } while (0)
#define wake_up_all(wq_head)		do { (void)(wq_head); } while (0)
#define wake_up_interruptible(wq_head)	do { (void)(wq_head); } while (0)

#define wait_event(wq_head, condition)					\
	do {								\
		unsigned long __turns = 0;				\
		(void)(wq_head);					\
		HM_HERE();						\
		hm_might_sleep();					\
		while (!(condition))					\
			hm_wait_poll(&__turns);				\
	} while (0)

#define wait_event_interruptible(wq_head, condition)			\
	({ wait_event(wq_head, condition); 0; })

#define wait_event_killable(wq_head, condition)				\
	({ wait_event(wq_head, condition); 0; })

/* Returns the time left: 1 if the condition came true, else 0. */
#define wait_event_timeout(wq_head, condition, timeout)			\
	({								\
		(void)(timeout);					\
		HM_HERE();						\
		hm_might_sleep();					\
		(condition) ? 1L : 0L;					\
	})

#define wait_event_interruptible_timeout(wq_head, condition, timeout)	\
	wait_event_timeout(wq_head, condition, timeout)

#endif
