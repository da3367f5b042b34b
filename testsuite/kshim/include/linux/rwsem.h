/* SPDX-License-Identifier: GPL-2.0 */
/* rwsem.h - reader-writer semaphores: taking one might sleep. */
#ifndef _LINUX_RWSEM_H
#define _LINUX_RWSEM_H

#include <linux/types.h>

#define DECLARE_RWSEM(name)	struct rw_semaphore name = { 0, 0 }
#define init_rwsem(sem)		do { (sem)->state = 0; (sem)->owner = 0; } while (0)

static inline void down_read(struct rw_semaphore *sem)
{
	hm_down_read(sem);
}

static inline int down_read_killable(struct rw_semaphore *sem)
{
	hm_down_read(sem);
	return 0;
}

static inline void up_read(struct rw_semaphore *sem)
{
	hm_up_read(sem);
}

static inline void down_write(struct rw_semaphore *sem)
{
	hm_down_write(sem);
}

static inline int down_write_killable(struct rw_semaphore *sem)
{
	hm_down_write(sem);
	return 0;
}

static inline void up_write(struct rw_semaphore *sem)
{
	hm_up_write(sem);
}

#define down_read(sem)		(HM_HERE(), down_read(sem))
#define down_read_killable(sem)	(HM_HERE(), down_read_killable(sem))
#define up_read(sem)		(HM_HERE(), up_read(sem))
#define down_write(sem)		(HM_HERE(), down_write(sem))
#define down_write_killable(sem) (HM_HERE(), down_write_killable(sem))
#define up_write(sem)		(HM_HERE(), up_write(sem))

#endif
