// SPDX-License-Identifier: GPL-2.0
/*
 * kernel_style.c - ordinary kernel-style code, compiled against kshim and
 * run on the engine by kernel_style_driver.c, which checks that the rules
 * fire exactly on the lines marked "expect:" below, and nowhere else.
 */
#include <linux/highmem.h>
#include <linux/mutex.h>
#include <linux/slab.h>
#include <linux/uaccess.h>
#include <hmcase.h>

static DEFINE_MUTEX(fill_lock);

static void copy_page_wrong(struct page *dst, struct page *src)
{
	char *d = kmap_local_page(dst);
	char *s = kmap_local_page(src);

	memcpy(d, s, PAGE_SIZE);
	kunmap_local(d);	/* expect: order */
	kunmap_local(s);
}

static void copy_page_right(struct page *dst, struct page *src)
{
	char *d = kmap_local_page(dst);
	char *s = kmap_local_page(src);

	memcpy(d, s, PAGE_SIZE);
	kunmap_local(s);
	kunmap_local(d);
}

/* Sleeps only when the atomic copy came up short. */
static int fill_atomic(struct page *page, const void __user *ubuf, size_t len)
{
	char *addr = kmap_atomic(page);
	unsigned long left = copy_from_user(addr, ubuf, len);

	if (left) {
		mutex_lock(&fill_lock);		/* expect: sleep-in-atomic */
		mutex_unlock(&fill_lock);
	}
	kunmap_atomic(addr);
	return left ? -EFAULT : 0;
}

static void *map_for_later(struct page *page)
{
	return kmap(page);			/* expect: leak */
}

static void unmap_twice(struct page *page)
{
	void *addr = kmap_local_page(page);

	kunmap_local(addr);
	kunmap_local(addr);			/* expect: unbalanced */
}

static void unmap_the_page(struct page *page)
{
	char *addr = kmap_local_page(page);

	addr[0] = 1;
	kunmap_local(page);			/* expect: wrong-arg */
	kunmap_local(addr);
}

static char *buffer_copy(struct page *page, gfp_t gfp)
{
	char *addr = kmap_atomic(page);
	char *copy = kmalloc(64, gfp);		/* expect: sleep-in-atomic */

	if (copy)
		memcpy(copy, addr, 64);
	kunmap_atomic(addr);
	return copy;
}

HMCASE_INPUTS(2, 2, 7);

void hmcase_run(const int *in)
{
	struct page *a = hmcase_page(in[0]);
	struct page *b = hmcase_page(in[1]);
	void *ubuf = hmcase_user_buffer(64);

	switch (in[2]) {
	case 0:
		copy_page_wrong(a, b);
		break;
	case 1:
		hmcase_short_copy(in[0]);
		fill_atomic(a, ubuf, 64);
		break;
	case 2:
		if (in[1])
			map_for_later(b);
		break;
	case 3:
		unmap_twice(a);
		break;
	case 4:
		unmap_the_page(b);
		break;
	case 5:
		kfree(buffer_copy(a, in[1] ? GFP_KERNEL : GFP_ATOMIC));
		break;
	default:
		copy_page_right(a, b);
		break;
	}
}
