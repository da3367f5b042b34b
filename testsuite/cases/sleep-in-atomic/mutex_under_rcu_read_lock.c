// SPDX-License-Identifier: GPL-2.0
/*
 * A lookup under rcu_read_lock() that maps the found page (fine: a local
 * mapping may be taken anywhere) and then takes a mutex: sleeping inside an
 * RCU read-side critical section is a bug whatever the mapping.
 */
#include <linux/highmem.h>
#include <linux/mutex.h>
#include <linux/rcupdate.h>
#include <hmcase.h>

static DEFINE_MUTEX(stats_mutex);
static unsigned long stats_bytes;

static void account_cached_page(struct page *page)
{
	unsigned int *addr;

	rcu_read_lock();
	addr = kmap_local_page(page);
	mutex_lock(&stats_mutex);	/* expect: sleep-in-atomic */
	stats_bytes += addr[0];
	mutex_unlock(&stats_mutex);
	kunmap_local(addr);
	rcu_read_unlock();
}

static void account_cached_page_right(struct page *page)
{
	unsigned int *addr, bytes;

	rcu_read_lock();
	addr = kmap_local_page(page);
	bytes = addr[0];
	kunmap_local(addr);
	rcu_read_unlock();
	mutex_lock(&stats_mutex);
	stats_bytes += bytes;
	mutex_unlock(&stats_mutex);
}

HMCASE_INPUTS(2);

void hmcase_run(const int *in)
{
	struct page *page = hmcase_page(in[0]);

	account_cached_page_right(page);
	account_cached_page(page);
}
