// SPDX-License-Identifier: GPL-2.0
/*
 * A sleep between kmap_atomic() and kunmap_atomic(), in the function
 * itself: a mutex, an allocation that may reclaim, kmap(), msleep() on an
 * error path.
 */
#include <linux/highmem.h>
#include <linux/mutex.h>
#include <linux/slab.h>
#include <linux/delay.h>
#include <linux/string.h>
#include <hmcase.h>

static DEFINE_MUTEX(table_lock);
static unsigned long table_total;

static void add_to_table(struct page *page)
{
	unsigned long *words = kmap_atomic(page);

	mutex_lock(&table_lock);
	table_total += words[0];
	mutex_unlock(&table_lock);
	kunmap_atomic(words);
}

static void *copy_out(struct page *page)
{
	char *addr = kmap_atomic(page);
	void *copy = kmalloc(64, GFP_KERNEL | __GFP_ZERO);

	if (copy)
		memcpy(copy, addr, 64);
	kunmap_atomic(addr);
	return copy;
}

static void copy_to_other(struct page *dst_page, struct page *src_page)
{
	char *src = kmap_atomic(src_page);
	char *dst = kmap(dst_page);

	memcpy(dst, src, 64);
	kunmap(dst_page);
	kunmap_atomic(src);
}

static int wait_for_marker(struct page *page)
{
	char *addr = kmap_atomic(page);

	if (addr[0] != 0x42)
		msleep(1);
	kunmap_atomic(addr);
	return 0;
}

HMCASE_INPUTS(2, 2);

void hmcase_run(const int *in)
{
	struct page *one = hmcase_page(in[0]), *two = hmcase_page(in[1]);

	add_to_table(one);
	kfree(copy_out(one));
	copy_to_other(two, one);
	wait_for_marker(one);
}
