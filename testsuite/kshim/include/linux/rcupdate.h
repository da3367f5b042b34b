/* SPDX-License-Identifier: GPL-2.0 */
/* rcupdate.h - RCU read side (PREEMPT_RCU: counted, must not sleep). */
#ifndef _LINUX_RCUPDATE_H
#define _LINUX_RCUPDATE_H

#include <linux/types.h>
#include <linux/preempt.h>
#include <linux/bottom_half.h>

static inline void rcu_read_lock(void)
{
	__rcu_read_lock();
}

static inline void rcu_read_unlock(void)
{
	__rcu_read_unlock();
}

static inline void rcu_read_lock_bh(void)
{
	(local_bh_disable)();
	__rcu_read_lock();
}

static inline void rcu_read_unlock_bh(void)
{
	__rcu_read_unlock();
	(local_bh_enable)();
}

static inline void rcu_read_lock_sched(void)
{
	preempt_count_add(1);
}

static inline void rcu_read_unlock_sched(void)
{
	preempt_count_sub(1);
}

/* Waits for a grace period: sleeps. */
static inline void synchronize_rcu(void)
{
	hm_sleep(0);
}

#define rcu_read_lock()		(HM_HERE(), rcu_read_lock())
#define rcu_read_unlock()	(HM_HERE(), rcu_read_unlock())
#define rcu_read_lock_bh()	(HM_HERE(), rcu_read_lock_bh())
#define rcu_read_unlock_bh()	(HM_HERE(), rcu_read_unlock_bh())
#define rcu_read_lock_sched()	(HM_HERE(), rcu_read_lock_sched())
#define rcu_read_unlock_sched()	(HM_HERE(), rcu_read_unlock_sched())
#define synchronize_rcu()	(HM_HERE(), synchronize_rcu())
#define synchronize_rcu_expedited()	synchronize_rcu()
#define rcu_barrier()		synchronize_rcu()

#define rcu_dereference(p)	READ_ONCE(p)
#define rcu_assign_pointer(p, v)	WRITE_ONCE(p, v)

#endif
