// SPDX-License-Identifier: GPL-2.0
/*
 * An explicit pagefault_disable() section around a user copy into a local
 * mapping: the copy cannot sleep there, its result is checked, and the
 * short copy is finished after page faults are enabled again.
 */
#include <linux/highmem.h>
#include <linux/uaccess.h>
#include <linux/errno.h>
#include <hmcase.h>

static int copy_user_to_page(struct page *page, const void __user *from,
			     size_t len)
{
	char *addr = kmap_local_page(page);
	unsigned long left;

	pagefault_disable();
	left = copy_from_user(addr, from, len);
	pagefault_enable();
	if (left)
		left = copy_from_user(addr + (len - left), from + (len - left),
				      left);
	kunmap_local(addr);
	return left ? -EFAULT : 0;
}

HMCASE_INPUTS(2, 2);

void hmcase_run(const int *in)
{
	const void __user *from = hmcase_user_buffer(128);

	hmcase_short_copy(in[1]);
	(void)copy_user_to_page(hmcase_page(in[0]), from, 128);
}
