// SPDX-License-Identifier: GPL-2.0
/*
 * vfree() in 6.1 is might_sleep_if(!in_interrupt()): with bottom halves
 * disabled it queues the area to be freed later and returns.  A cache
 * trimmed under spin_lock_bh(), with a page mapped by kmap_atomic() to
 * fold its statistics, frees its vmalloc'ed buffers through a helper: no
 * sleep anywhere.
 */
#include <linux/highmem.h>
#include <linux/spinlock.h>
#include <linux/vmalloc.h>
#include <hmcase.h>

static DEFINE_SPINLOCK(cache_lock);
static void *cache_buf[2];

static void cache_drop(int slot)
{
	vfree(cache_buf[slot]);
	cache_buf[slot] = NULL;
}

static unsigned long cache_trim(struct page *stats, int nr)
{
	unsigned long *counters;
	unsigned long before;
	int i;

	spin_lock_bh(&cache_lock);
	counters = kmap_atomic(stats);
	before = counters[0];
	for (i = 0; i < nr; i++) {
		cache_drop(i);
		counters[0]++;
	}
	kunmap_atomic(counters);
	spin_unlock_bh(&cache_lock);
	return before;
}

HMCASE_INPUTS(3);

void hmcase_run(const int *in)
{
	cache_buf[0] = vmalloc(PAGE_SIZE);
	cache_buf[1] = vmalloc(PAGE_SIZE);
	cache_trim(hmcase_page(in[0] & 1), in[0]);
	cache_drop(0);
	cache_drop(1);
}
