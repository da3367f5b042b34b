/* SPDX-License-Identifier: GPL-2.0 */
/* mutex.h - sleeping locks: taking one might sleep. */
#ifndef _LINUX_MUTEX_H
#define _LINUX_MUTEX_H

#include <linux/types.h>

#define DEFINE_MUTEX(mutexname)	struct mutex mutexname = { 0, 0 }

static inline void mutex_init(struct mutex *lock)
{
	lock->locked = 0;
	lock->owner = 0;
}

static inline void mutex_destroy(struct mutex *lock)
{
	(void)lock;
}

static inline void mutex_lock(struct mutex *lock)
{
	hm_mutex_lock(lock);
}

static inline int mutex_lock_interruptible(struct mutex *lock)
{
	hm_mutex_lock(lock);
	return 0;
}

static inline int mutex_lock_killable(struct mutex *lock)
{
	hm_mutex_lock(lock);
	return 0;
}

static inline int mutex_trylock(struct mutex *lock)
{
	return hm_mutex_trylock(lock);
}

static inline void mutex_unlock(struct mutex *lock)
{
	hm_mutex_unlock(lock);
}

static inline bool mutex_is_locked(struct mutex *lock)
{
	return hm_mutex_is_locked(lock);
}

#define mutex_lock(lock)		(HM_HERE(), mutex_lock(lock))
#define mutex_lock_interruptible(lock)	(HM_HERE(), mutex_lock_interruptible(lock))
#define mutex_lock_killable(lock)	(HM_HERE(), mutex_lock_killable(lock))
#define mutex_lock_nested(lock, subclass)	mutex_lock(lock)
#define mutex_lock_interruptible_nested(lock, subclass) mutex_lock_interruptible(lock)
#define mutex_lock_killable_nested(lock, subclass) mutex_lock_killable(lock)
#define mutex_lock_io(lock)			mutex_lock(lock)
#define mutex_unlock(lock)		(HM_HERE(), mutex_unlock(lock))

#endif
