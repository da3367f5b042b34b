// SPDX-License-Identifier: GPL-2.0
/*
 * kmap_local_page() does not disable preemption or page faults: sleeping
 * while holding a local mapping is allowed (the mapping is restored when the
 * task is scheduled back).  Mutexes, GFP_KERNEL allocations, msleep, all
 * clean here.
 */
#include <linux/highmem.h>
#include <linux/mutex.h>
#include <linux/slab.h>
#include <linux/delay.h>
#include <linux/sched.h>
#include <linux/string.h>
#include <hmcase.h>

static DEFINE_MUTEX(table_mutex);

static void *snapshot_page(struct page *page)
{
	char *addr = kmap_local_page(page);
	char *copy;

	mutex_lock(&table_mutex);
	copy = kmalloc(64, GFP_KERNEL);
	if (copy)
		memcpy(copy, addr, 64);
	mutex_unlock(&table_mutex);
	msleep(1);
	cond_resched();
	kunmap_local(addr);
	return copy;
}

HMCASE_INPUTS(2);

void hmcase_run(const int *in)
{
	kfree(snapshot_page(hmcase_page(in[0])));
}
