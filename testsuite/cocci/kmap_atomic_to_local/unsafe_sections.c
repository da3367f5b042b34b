// SPDX-License-Identifier: GPL-2.0
/*
 * kmap_atomic() sections that rely on what kmap_atomic() disables: none of
 * them may be converted.
 */
#include <linux/highmem.h>
#include <linux/string.h>
#include <linux/uaccess.h>
#include <linux/spinlock.h>
#include <linux/errno.h>
#include <hmcase.h>

static DEFINE_SPINLOCK(counter_lock);
static unsigned long counter;

/* The short count is the fault fallback: the caller retries with kmap(). */
static unsigned long fill_from_user_atomic(struct page *page,
					   const void __user *from, size_t len)
{
	char *addr = kmap_atomic(page);
	unsigned long left;

	left = __copy_from_user_inatomic(addr, from, len);
	kunmap_atomic(addr);
	return left;
}

/* The lock is taken inside the atomic section. */
static void count_words(struct page *page)
{
	unsigned long *words = kmap_atomic(page);

	spin_lock(&counter_lock);
	counter += words[0];
	spin_unlock(&counter_lock);
	kunmap_atomic(words);
}

/* A section that re-enables page faults for a copy that may fault. */
static int copy_with_faults(struct page *page, const void __user *from)
{
	char *addr = kmap_atomic(page);
	int ret = 0;

	pagefault_enable();
	if (copy_from_user(addr, from, 64))
		ret = -EFAULT;
	pagefault_disable();
	kunmap_atomic(addr);
	return ret;
}

HMCASE_INPUTS(2);

void hmcase_run(const int *in)
{
	struct page *page = hmcase_page(in[0]);
	void *user = hmcase_user_buffer(64);

	if (fill_from_user_atomic(page, user, 64))
		return;
	count_words(page);
	copy_with_faults(page, user);
}
