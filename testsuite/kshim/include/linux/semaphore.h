/* SPDX-License-Identifier: GPL-2.0 */
/* semaphore.h - counting semaphores: down() might sleep. */
#ifndef _LINUX_SEMAPHORE_H
#define _LINUX_SEMAPHORE_H

#include <linux/types.h>

#define DEFINE_SEMAPHORE(name)	struct semaphore name = { 1 }

static inline void sema_init(struct semaphore *sem, int val)
{
	sem->count = val;
}

static inline void down(struct semaphore *sem)
{
	hm_down(sem);
}

static inline int down_interruptible(struct semaphore *sem)
{
	hm_down(sem);
	return 0;
}

static inline int down_killable(struct semaphore *sem)
{
	hm_down(sem);
	return 0;
}

static inline int down_trylock(struct semaphore *sem)
{
	return hm_down_trylock(sem);
}

static inline void up(struct semaphore *sem)
{
	hm_up(sem);
}

#define down(sem)		(HM_HERE(), down(sem))
#define down_interruptible(sem)	(HM_HERE(), down_interruptible(sem))
#define down_killable(sem)	(HM_HERE(), down_killable(sem))

#endif
