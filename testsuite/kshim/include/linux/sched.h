/* SPDX-License-Identifier: GPL-2.0 */
/*
 * sched.h - schedule() and its kin sleep.  schedule() is the scheduler's
 * own check, as in 6.1 (hm_schedule(): legal with only interrupts off,
 * which it turns on); the others might_sleep(), then yield.
 */
#ifndef _LINUX_SCHED_H
#define _LINUX_SCHED_H

#include <linux/types.h>
#include <linux/preempt.h>

#define TASK_RUNNING		0x0000
#define TASK_INTERRUPTIBLE	0x0001
#define TASK_UNINTERRUPTIBLE	0x0002
#define TASK_KILLABLE		0x0102
#define MAX_SCHEDULE_TIMEOUT	((long)(~0UL >> 1))

#define set_current_state(state)	do { (void)(state); } while (0)
#define __set_current_state(state)	do { (void)(state); } while (0)

static inline void schedule(void)
{
	hm_schedule();
}

static inline long schedule_timeout(long timeout)
{
	hm_sleep(0);
	(void)timeout;
	return 0;
}

static inline long schedule_timeout_interruptible(long timeout)
{
	return (schedule_timeout)(timeout);
}

static inline long schedule_timeout_uninterruptible(long timeout)
{
	return (schedule_timeout)(timeout);
}

static inline int cond_resched(void)
{
	hm_sleep(0);
	return 0;
}

static inline void yield(void)
{
	hm_sleep(0);
}

#define schedule()			(HM_HERE(), schedule())
#define schedule_timeout(t)		(HM_HERE(), schedule_timeout(t))
#define schedule_timeout_interruptible(t)   (HM_HERE(), schedule_timeout_interruptible(t))
#define schedule_timeout_uninterruptible(t) (HM_HERE(), schedule_timeout_uninterruptible(t))
#define cond_resched()			(HM_HERE(), cond_resched())
#define schedule_timeout_killable(t)	schedule_timeout_uninterruptible(t)
#define schedule_timeout_idle(t)	schedule_timeout_uninterruptible(t)
#define io_schedule()			schedule()
#define io_schedule_timeout(t)		schedule_timeout(t)
#define yield()				(HM_HERE(), yield())

#endif
