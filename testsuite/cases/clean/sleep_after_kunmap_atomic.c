// SPDX-License-Identifier: GPL-2.0
/*
 * Sleeping is fine once kunmap_atomic() has re-enabled preemption and page
 * faults: the allocation and the mutex come after the atomic section.
 */
#include <linux/highmem.h>
#include <linux/mutex.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <hmcase.h>

static DEFINE_MUTEX(cache_mutex);

static void *read_and_cache(struct page *page)
{
	char header[16], *addr, *copy;

	addr = kmap_atomic(page);
	memcpy(header, addr, sizeof(header));
	kunmap_atomic(addr);

	mutex_lock(&cache_mutex);
	copy = kmalloc(sizeof(header), GFP_KERNEL);
	if (copy)
		memcpy(copy, header, sizeof(header));
	mutex_unlock(&cache_mutex);
	return copy;
}

HMCASE_INPUTS(2);

void hmcase_run(const int *in)
{
	kfree(read_and_cache(hmcase_page(in[0])));
}
