// SPDX-License-Identifier: GPL-2.0
/*
 * mutex_lock() while a kmap_atomic() mapping is held: kmap_atomic disabled
 * preemption and page faults, so sleeping here is a bug.  The same code with
 * kmap_local_page() is fine (second function).
 */
#include <linux/highmem.h>
#include <linux/mutex.h>
#include <hmcase.h>

static DEFINE_MUTEX(index_mutex);
static unsigned long index_total;

static void index_page_atomic(struct page *page)
{
	unsigned long *addr = kmap_atomic(page);

	mutex_lock(&index_mutex);	/* expect: sleep-in-atomic */
	index_total += addr[0];
	mutex_unlock(&index_mutex);
	kunmap_atomic(addr);
}

static void index_page_local(struct page *page)
{
	unsigned long *addr = kmap_local_page(page);

	mutex_lock(&index_mutex);
	index_total += addr[0];
	mutex_unlock(&index_mutex);
	kunmap_local(addr);
}

HMCASE_INPUTS(2);

void hmcase_run(const int *in)
{
	struct page *page = hmcase_page(in[0]);

	index_page_local(page);
	index_page_atomic(page);
}
