// SPDX-License-Identifier: GPL-2.0
/*
 * copy_from_user() under kmap_atomic(): page faults are disabled, so a
 * non-resident user page makes the copy come up short instead of sleeping.
 * Ignoring the result leaves stale bytes in the page.  The engine can make
 * the copy short but cannot know the caller ignored it.
 */
#include <linux/highmem.h>
#include <linux/uaccess.h>
#include <linux/errno.h>
#include <hmcase.h>

static void fill_from_user_wrong(struct page *page, const void __user *buf,
				 size_t len)
{
	char *addr = kmap_atomic(page);

	copy_from_user(addr, buf, len);	/* expect-static: unchecked-copy -- a short copy is not a violation the engine can observe */
	kunmap_atomic(addr);
}

static int fill_from_user_right(struct page *page, const void __user *buf,
				size_t len)
{
	char *addr = kmap_atomic(page);
	unsigned long left = copy_from_user(addr, buf, len);

	kunmap_atomic(addr);
	return left ? -EFAULT : 0;
}

HMCASE_INPUTS(2, 2);

void hmcase_run(const int *in)
{
	const void __user *buf = hmcase_user_buffer(512);
	struct page *page = hmcase_page(in[0]);

	hmcase_short_copy(in[1]);
	(void)fill_from_user_right(page, buf, 512);
	hmcase_short_copy(in[1]);
	fill_from_user_wrong(page, buf, 512);
}
