// SPDX-License-Identifier: GPL-2.0
/*
 * Per-CPU work under preempt_disable() with a local mapping inside:
 * nothing sleeps, everything is released before preemption comes back.
 */
#include <linux/highmem.h>
#include <linux/preempt.h>
#include <hmcase.h>

static unsigned long percpu_hits;

static void count_hit(struct page *page)
{
	unsigned int *addr;

	preempt_disable();
	addr = kmap_local_page(page);
	percpu_hits += addr[1];
	addr[1] = 0;
	kunmap_local(addr);
	preempt_enable();
}

HMCASE_INPUTS(2);

void hmcase_run(const int *in)
{
	count_hit(hmcase_page(in[0]));
}
