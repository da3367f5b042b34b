// SPDX-License-Identifier: GPL-2.0
/*
 * uaccess.c - copy_from_user()/copy_to_user().  A user access may fault
 * and so sleep (might_fault()), except with page faults disabled, where a
 * fault is not handled and the copy comes up short instead: the caller
 * must look at the bytes not copied.  hmcase_short_copy() makes the next
 * copy under disabled page faults do exactly that.
 */
#include <string.h>
#include "internal.h"

unsigned long hm_copy_user(void *to, const void *from, unsigned long n)
{
	struct task *task = current;

	hm_might_fault();
	if (task->pagefault_disabled && task->short_copy && n) {
		unsigned long copied = n / 2;

		task->short_copy = false;
		memcpy(to, from, copied);
		return n - copied;
	}
	memcpy(to, from, n);
	return 0;
}
