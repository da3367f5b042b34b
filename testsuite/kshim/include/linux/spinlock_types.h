/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_SPINLOCK_TYPES_H
#define _LINUX_SPINLOCK_TYPES_H

#include <linux/types.h>

#define __SPIN_LOCK_UNLOCKED(name)	((spinlock_t){ 0, 0 })
#define DEFINE_SPINLOCK(x)		spinlock_t x = { 0, 0 }

#endif
