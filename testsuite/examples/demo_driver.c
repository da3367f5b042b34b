// SPDX-License-Identifier: GPL-2.0
/*
 * demo_driver.c - the example `tools/run-example` checks: a made-up block
 * driver's page helpers, some right, some with the bugs hmcheck is for.
 * It builds against the kernel shim headers (testsuite/kshim/include).
 */
#include <linux/highmem.h>
#include <linux/mutex.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/uaccess.h>

static DEFINE_MUTEX(demo_lock);

struct demo_req {
	struct page *page;
	void *vaddr;
	size_t len;
};

/* Right: two local mappings released in reverse order. */
static void demo_copy_page(struct page *dst, struct page *src)
{
	char *d = kmap_local_page(dst);
	char *s = kmap_local_page(src);

	memcpy(d, s, PAGE_SIZE);
	kunmap_local(s);
	kunmap_local(d);
}

/* Wrong: the first mapping is released while the second is still live. */
static void demo_copy_page_bad(struct page *dst, struct page *src)
{
	char *d = kmap_local_page(dst);
	char *s = kmap_local_page(src);

	memcpy(d, s, PAGE_SIZE);
	kunmap_local(d);
	kunmap_local(s);
}

/* Wrong: mutex_lock() may sleep, and kmap_atomic() disabled preemption. */
static void demo_update_stats(struct page *page, int delta)
{
	int *counter = kmap_atomic(page);

	mutex_lock(&demo_lock);
	*counter += delta;
	mutex_unlock(&demo_lock);
	kunmap_atomic(counter);
}

/* Wrong: the error path returns with the page still mapped. */
static int demo_fill(struct demo_req *req, const void __user *ubuf)
{
	void *addr = kmap_local_page(req->page);

	if (req->len > PAGE_SIZE)
		return -EINVAL;
	if (copy_from_user(addr, ubuf, req->len)) {
		kunmap_local(addr);
		return -EFAULT;
	}
	kunmap_local(addr);
	return 0;
}

/* Wrong: kunmap() takes the page, not the address kmap() returned. */
static void demo_zero(struct page *page)
{
	void *addr = kmap(page);

	memset(addr, 0, PAGE_SIZE);
	kunmap(addr);
}

int demo_run(struct demo_req *req, struct page *other, const void __user *ubuf)
{
	demo_copy_page(req->page, other);
	demo_copy_page_bad(req->page, other);
	demo_update_stats(other, 1);
	demo_zero(other);
	return demo_fill(req, ubuf);
}
