// SPDX-License-Identifier: GPL-2.0
/*
 * The write_begin/write_end shape: try the user copy under kmap_atomic with
 * page faults disabled, check how much was left, and fall back to a
 * sleeping kmap_local_page() copy outside atomic context.
 */
#include <linux/highmem.h>
#include <linux/uaccess.h>
#include <linux/errno.h>
#include <hmcase.h>

static int fill_page_from_user(struct page *page, unsigned int offset,
			       const char __user *buf, size_t len)
{
	unsigned long left;
	char *addr;

	addr = kmap_atomic(page);
	left = copy_from_user(addr + offset, buf, len);
	kunmap_atomic(addr);
	if (!left)
		return 0;

	/* Faults are allowed again: retry where page faults may sleep. */
	addr = kmap_local_page(page);
	left = copy_from_user(addr + offset, buf, len);
	kunmap_local(addr);
	return left ? -EFAULT : 0;
}

HMCASE_INPUTS(2, 2);

void hmcase_run(const int *in)
{
	const char __user *buf = hmcase_user_buffer(256);

	hmcase_short_copy(in[1]);
	(void)fill_page_from_user(hmcase_page(in[0]), 16, buf, 256);
}
