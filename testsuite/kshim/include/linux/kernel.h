/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_KERNEL_H
#define _LINUX_KERNEL_H

#include <linux/types.h>
#include <linux/compiler.h>
#include <linux/bug.h>
#include <linux/printk.h>
#include <linux/errno.h>
#include <linux/minmax.h>

#define ARRAY_SIZE(arr)		(sizeof(arr) / sizeof((arr)[0]))
#define container_of(ptr, type, member) \
	((type *)((char *)(ptr) - offsetof(type, member)))
#define DIV_ROUND_UP(n, d)	(((n) + (d) - 1) / (d))
#define ALIGN(x, a)		(((x) + ((a) - 1)) & ~((__typeof__(x))(a) - 1))
#define ALIGN_DOWN(x, a)	((x) & ~((__typeof__(x))(a) - 1))
#define PTR_ALIGN_DOWN(p, a)	((__typeof__(p))ALIGN_DOWN((unsigned long)(p), (a)))
#define IS_ALIGNED(x, a)	(((x) & ((__typeof__(x))(a) - 1)) == 0)
#define U8_MAX			((u8)~0U)
#define U32_MAX			((u32)~0U)

/*
 * might_sleep(): complains when called in atomic context.  Like the
 * kernel's, a macro around __might_sleep(), which takes the location.
 */
#define might_sleep()		do { __might_sleep(__FILE__, __LINE__); } while (0)
#define might_sleep_if(cond)	do { if (cond) might_sleep(); } while (0)
#define might_fault()		__might_fault(__FILE__, __LINE__)
#define __might_resched(file, line, offset)	__might_sleep(file, line)
#define panic(fmt, ...)		hm_bug(__FILE__, __LINE__, "panic()")
#define might_resched()		do { } while (0)

#endif
