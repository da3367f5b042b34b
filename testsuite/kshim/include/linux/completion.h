/* SPDX-License-Identifier: GPL-2.0 */
/* completion.h - waiting for a completion sleeps until complete() is called. */
#ifndef _LINUX_COMPLETION_H
#define _LINUX_COMPLETION_H

#include <linux/types.h>

#define DECLARE_COMPLETION(work)	struct completion work = { 0 }
#define init_completion(x)		((x)->done = 0)
#define reinit_completion(x)		((x)->done = 0)

static inline void wait_for_completion(struct completion *x)
{
	hm_wait_for_completion(x);
}

static inline int wait_for_completion_interruptible(struct completion *x)
{
	hm_wait_for_completion(x);
	return 0;
}

static inline int wait_for_completion_killable(struct completion *x)
{
	hm_wait_for_completion(x);
	return 0;
}

static inline unsigned long wait_for_completion_timeout(struct completion *x,
							unsigned long timeout)
{
	hm_wait_for_completion(x);
	return timeout ? timeout : 1;
}

static inline void complete(struct completion *x)
{
	__atomic_add_fetch(&x->done, 1, __ATOMIC_RELEASE);
}

static inline void complete_all(struct completion *x)
{
	__atomic_store_n(&x->done, 1 << 30, __ATOMIC_RELEASE);
}

#define wait_for_completion(x)			(HM_HERE(), wait_for_completion(x))
#define wait_for_completion_interruptible(x)	(HM_HERE(), wait_for_completion_interruptible(x))
#define wait_for_completion_killable(x)		(HM_HERE(), wait_for_completion_killable(x))
#define wait_for_completion_timeout(x, t)	(HM_HERE(), wait_for_completion_timeout(x, t))

#endif
