/* SPDX-License-Identifier: GPL-2.0 */
/*
 * uaccess.h - user copies.  They might fault, and so sleep, unless page
 * faults are disabled; then they may come up short (hmcase_short_copy()):
 * the number of bytes not copied is returned and must be looked at.
 */
#ifndef _LINUX_UACCESS_H
#define _LINUX_UACCESS_H

#include <linux/types.h>
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/string.h>

static inline unsigned long __must_check
copy_from_user(void *to, const void __user *from, unsigned long n)
{
	return hm_copy_user(to, (const void *)from, n);
}

static inline unsigned long __must_check
copy_to_user(void __user *to, const void *from, unsigned long n)
{
	return hm_copy_user((void *)to, from, n);
}

/* The _inatomic ones skip might_fault(): the caller disabled page faults. */
static inline unsigned long
__copy_from_user_inatomic(void *to, const void __user *from, unsigned long n)
{
	return hm_copy_user(to, (const void *)from, n);
}

static inline unsigned long
__copy_to_user_inatomic(void __user *to, const void *from, unsigned long n)
{
	return hm_copy_user((void *)to, from, n);
}

static inline unsigned long clear_user(void __user *to, unsigned long n)
{
	hm_might_fault();
	memset((void *)to, 0, n);
	return 0;
}

#define copy_from_user(to, from, n)	(HM_HERE(), copy_from_user(to, from, n))
#define copy_to_user(to, from, n)	(HM_HERE(), copy_to_user(to, from, n))
#define __copy_from_user_inatomic(to, from, n) \
	(HM_HERE(), __copy_from_user_inatomic(to, from, n))
#define __copy_to_user_inatomic(to, from, n) \
	(HM_HERE(), __copy_to_user_inatomic(to, from, n))
#define clear_user(to, n)		(HM_HERE(), clear_user(to, n))

static inline long strncpy_from_user(char *dst, const char __user *src, long count)
{
	long i;

	hm_might_fault();
	for (i = 0; i < count; i++)
		if (!(dst[i] = ((const char *)src)[i]))
			return i;
	return count;
}

#define strncpy_from_user(dst, src, count)	(HM_HERE(), strncpy_from_user(dst, src, count))
#define __copy_from_user(to, from, n)	copy_from_user(to, from, n)
#define __copy_to_user(to, from, n)	copy_to_user(to, from, n)
#define __get_user(x, ptr)		get_user(x, ptr)
#define __put_user(x, ptr)		put_user(x, ptr)

#define get_user(x, ptr)						\
	({								\
		__typeof__(*(ptr)) __gu_val;				\
		unsigned long __gu_left;				\
		HM_HERE();						\
		__gu_left = hm_copy_user(&__gu_val, (const void *)(ptr), \
					 sizeof(__gu_val));		\
		(x) = __gu_val;						\
		__gu_left ? -EFAULT : 0;				\
	})

#define put_user(x, ptr)						\
	({								\
		__typeof__(*(ptr)) __pu_val = (x);			\
		HM_HERE();						\
		hm_copy_user((void *)(ptr), &__pu_val,			\
			     sizeof(__pu_val)) ? -EFAULT : 0;		\
	})

#define access_ok(addr, size)	((void)(addr), (void)(size), 1)

#define pagefault_disable()	(HM_HERE(), pagefault_disable())
#define pagefault_enable()	(HM_HERE(), pagefault_enable())

#endif
