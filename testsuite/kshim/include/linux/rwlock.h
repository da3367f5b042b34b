/* SPDX-License-Identifier: GPL-2.0 */
/* rwlock.h - reader-writer spinlocks: they disable preemption as spinlocks do. */
#ifndef _LINUX_RWLOCK_H
#define _LINUX_RWLOCK_H

#include <linux/types.h>
#include <linux/irqflags.h>
#include <linux/bottom_half.h>

#define DEFINE_RWLOCK(x)	rwlock_t x = { 0, 0 }
#define rwlock_init(lock)	do { (lock)->state = 0; (lock)->owner = 0; } while (0)

static inline void read_lock(rwlock_t *lock)
{
	hm_read_lock(lock);
}

static inline void read_unlock(rwlock_t *lock)
{
	hm_read_unlock(lock);
}

static inline void write_lock(rwlock_t *lock)
{
	hm_write_lock(lock);
}

static inline void write_unlock(rwlock_t *lock)
{
	hm_write_unlock(lock);
}

static inline void read_lock_irq(rwlock_t *lock)
{
	hm_local_irq_disable();
	hm_read_lock(lock);
}

static inline void read_unlock_irq(rwlock_t *lock)
{
	hm_read_unlock(lock);
	hm_local_irq_enable();
}

static inline void write_lock_irq(rwlock_t *lock)
{
	hm_local_irq_disable();
	hm_write_lock(lock);
}

static inline void write_unlock_irq(rwlock_t *lock)
{
	hm_write_unlock(lock);
	hm_local_irq_enable();
}

static inline void read_lock_bh(rwlock_t *lock)
{
	(local_bh_disable)();
	hm_read_lock(lock);
}

static inline void read_unlock_bh(rwlock_t *lock)
{
	hm_read_unlock(lock);
	(local_bh_enable)();
}

static inline void write_lock_bh(rwlock_t *lock)
{
	(local_bh_disable)();
	hm_write_lock(lock);
}

static inline void write_unlock_bh(rwlock_t *lock)
{
	hm_write_unlock(lock);
	(local_bh_enable)();
}

#define read_lock(lock)		(HM_HERE(), read_lock(lock))
#define read_unlock(lock)	(HM_HERE(), read_unlock(lock))
#define write_lock(lock)	(HM_HERE(), write_lock(lock))
#define write_unlock(lock)	(HM_HERE(), write_unlock(lock))
#define read_lock_irq(lock)	(HM_HERE(), read_lock_irq(lock))
#define read_unlock_irq(lock)	(HM_HERE(), read_unlock_irq(lock))
#define write_lock_irq(lock)	(HM_HERE(), write_lock_irq(lock))
#define write_unlock_irq(lock)	(HM_HERE(), write_unlock_irq(lock))
#define read_lock_bh(lock)	(HM_HERE(), read_lock_bh(lock))
#define read_unlock_bh(lock)	(HM_HERE(), read_unlock_bh(lock))
#define write_lock_bh(lock)	(HM_HERE(), write_lock_bh(lock))
#define write_unlock_bh(lock)	(HM_HERE(), write_unlock_bh(lock))

#define read_lock_irqsave(lock, flags)					\
	do { HM_HERE(); (flags) = hm_local_irq_save(); hm_read_lock(lock); } while (0)
#define read_unlock_irqrestore(lock, flags)				\
	do { HM_HERE(); hm_read_unlock(lock); hm_local_irq_restore(flags); } while (0)
#define write_lock_irqsave(lock, flags)					\
	do { HM_HERE(); (flags) = hm_local_irq_save(); hm_write_lock(lock); } while (0)
#define write_unlock_irqrestore(lock, flags)				\
	do { HM_HERE(); hm_write_unlock(lock); hm_local_irq_restore(flags); } while (0)

#endif
