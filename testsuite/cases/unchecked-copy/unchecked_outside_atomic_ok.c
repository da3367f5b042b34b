// SPDX-License-Identifier: GPL-2.0
/*
 * The rule is about atomic context: under kmap_local_page() alone page
 * faults are enabled, the copy can fault the page in and sleep, so an
 * ignored result is not this checker's business (only __must_check's).
 * The atomic version in the same file does check it.  No report expected.
 */
#include <linux/highmem.h>
#include <linux/uaccess.h>
#include <linux/errno.h>
#include <hmcase.h>

static void load_local(struct page *page, const void __user *buf)
{
	char *addr = kmap_local_page(page);

	(void)copy_from_user(addr, buf, 32);
	kunmap_local(addr);
}

static int load_atomic(struct page *page, const void __user *buf)
{
	char *addr = kmap_atomic(page);
	int ret = 0;

	if (copy_from_user(addr, buf, 32))
		ret = -EFAULT;
	kunmap_atomic(addr);
	return ret;
}

HMCASE_INPUTS(2, 2);

void hmcase_run(const int *in)
{
	const void __user *buf = hmcase_user_buffer(32);
	struct page *page = hmcase_page(in[0]);

	load_local(page, buf);
	hmcase_short_copy(in[1]);
	(void)load_atomic(page, buf);
}
