// SPDX-License-Identifier: GPL-2.0
/*
 * copy_from_user() may fault and sleep: might_fault() complains under a
 * spin lock unless page faults are disabled.  With a local mapping only,
 * nothing disables them.  The version that copies into a bounce buffer
 * before taking the lock is fine.
 */
#include <linux/highmem.h>
#include <linux/spinlock.h>
#include <linux/uaccess.h>
#include <linux/string.h>
#include <linux/errno.h>
#include <hmcase.h>

static DEFINE_SPINLOCK(buf_lock);

static int store_user_wrong(struct page *page, const void __user *from)
{
	unsigned long left;
	char *addr;

	spin_lock(&buf_lock);
	addr = kmap_local_page(page);
	left = copy_from_user(addr, from, 64);	/* expect: sleep-in-atomic */
	kunmap_local(addr);
	spin_unlock(&buf_lock);
	return left ? -EFAULT : 0;
}

static int store_user_right(struct page *page, const void __user *from)
{
	char bounce[64], *addr;

	if (copy_from_user(bounce, from, sizeof(bounce)))
		return -EFAULT;
	spin_lock(&buf_lock);
	addr = kmap_local_page(page);
	memcpy(addr, bounce, sizeof(bounce));
	kunmap_local(addr);
	spin_unlock(&buf_lock);
	return 0;
}

HMCASE_INPUTS(2);

void hmcase_run(const int *in)
{
	const void __user *from = hmcase_user_buffer(64);
	struct page *page = hmcase_page(in[0]);

	(void)store_user_right(page, from);
	(void)store_user_wrong(page, from);
}
