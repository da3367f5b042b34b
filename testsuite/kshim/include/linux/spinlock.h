/* SPDX-License-Identifier: GPL-2.0 */
/*
 * spinlock.h - spinlocks that exclude other threads and, as the kernel's,
 * disable preemption (and interrupts or bottom halves for the variants).
 */
#ifndef _LINUX_SPINLOCK_H
#define _LINUX_SPINLOCK_H

#include <linux/types.h>
#include <linux/spinlock_types.h>
#include <linux/preempt.h>
#include <linux/irqflags.h>
#include <linux/bottom_half.h>
#include <linux/bug.h>
#include <linux/rwlock.h>

static inline void spin_lock_init(spinlock_t *lock)
{
	lock->locked = 0;
	lock->owner = 0;
}

static inline void spin_lock(spinlock_t *lock)
{
	hm_spin_lock(lock);
}

static inline void spin_unlock(spinlock_t *lock)
{
	hm_spin_unlock(lock);
}

static inline int spin_trylock(spinlock_t *lock)
{
	return hm_spin_trylock(lock);
}

static inline void spin_lock_irq(spinlock_t *lock)
{
	hm_local_irq_disable();
	hm_spin_lock(lock);
}

static inline void spin_unlock_irq(spinlock_t *lock)
{
	hm_spin_unlock(lock);
	hm_local_irq_enable();
}

static inline void spin_lock_bh(spinlock_t *lock)
{
	(local_bh_disable)();
	hm_spin_lock(lock);
}

static inline void spin_unlock_bh(spinlock_t *lock)
{
	hm_spin_unlock(lock);
	(local_bh_enable)();
}

static inline int spin_is_locked(spinlock_t *lock)
{
	return __atomic_load_n(&lock->locked, __ATOMIC_ACQUIRE);
}

#define spin_lock(lock)		(HM_HERE(), spin_lock(lock))
#define spin_unlock(lock)	(HM_HERE(), spin_unlock(lock))
#define spin_trylock(lock)	(HM_HERE(), spin_trylock(lock))
#define spin_lock_irq(lock)	(HM_HERE(), spin_lock_irq(lock))
#define spin_unlock_irq(lock)	(HM_HERE(), spin_unlock_irq(lock))
#define spin_lock_bh(lock)	(HM_HERE(), spin_lock_bh(lock))
#define spin_unlock_bh(lock)	(HM_HERE(), spin_unlock_bh(lock))

#define spin_lock_irqsave(lock, flags)					\
	do {								\
		HM_HERE();						\
		(flags) = hm_local_irq_save();				\
		hm_spin_lock(lock);					\
	} while (0)

#define spin_unlock_irqrestore(lock, flags)				\
	do {								\
		HM_HERE();						\
		hm_spin_unlock(lock);					\
		hm_local_irq_restore(flags);				\
	} while (0)

/* raw_ spinlocks and lockdep's _nested variants are the same lock here. */
#define raw_spinlock_t			spinlock_t
#define DEFINE_RAW_SPINLOCK(x)		DEFINE_SPINLOCK(x)
#define raw_spin_lock_init(lock)	spin_lock_init(lock)
#define raw_spin_lock(lock)		spin_lock(lock)
#define raw_spin_unlock(lock)		spin_unlock(lock)
#define raw_spin_lock_irq(lock)		spin_lock_irq(lock)
#define raw_spin_unlock_irq(lock)	spin_unlock_irq(lock)
#define raw_spin_lock_bh(lock)		spin_lock_bh(lock)
#define raw_spin_unlock_bh(lock)	spin_unlock_bh(lock)
#define raw_spin_lock_irqsave(lock, flags)	spin_lock_irqsave(lock, flags)
#define raw_spin_unlock_irqrestore(lock, flags)	spin_unlock_irqrestore(lock, flags)
#define spin_lock_nested(lock, subclass)	spin_lock(lock)
#define spin_lock_irqsave_nested(lock, flags, subclass) spin_lock_irqsave(lock, flags)

#define assert_spin_locked(lock)	BUG_ON(!spin_is_locked(lock))

#endif
