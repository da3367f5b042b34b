// SPDX-License-Identifier: GPL-2.0
/*
 * spin_lock_bh() disables bottom halves and preemption: a GFP_KERNEL
 * allocation while holding it may sleep in reclaim.  The local mapping in
 * between changes nothing either way.
 */
#include <linux/highmem.h>
#include <linux/spinlock.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <hmcase.h>

static DEFINE_SPINLOCK(rx_lock);

static void *clone_rx_page(struct page *page, size_t len)
{
	void *copy, *addr;

	spin_lock_bh(&rx_lock);
	addr = kmap_local_page(page);
	copy = kmalloc(len, GFP_KERNEL);	/* expect: sleep-in-atomic */
	if (copy)
		memcpy(copy, addr, len);
	kunmap_local(addr);
	spin_unlock_bh(&rx_lock);
	return copy;
}

HMCASE_INPUTS(2);

void hmcase_run(const int *in)
{
	kfree(clone_rx_page(hmcase_page(in[0]), 128));
}
