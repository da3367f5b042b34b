// SPDX-License-Identifier: GPL-2.0
/*
 * kmap_atomic() nested inside an explicit preempt_disable() section and a
 * pagefault_disable() section: every disable has its enable, innermost
 * first, and nothing sleeps in between.
 */
#include <linux/highmem.h>
#include <linux/preempt.h>
#include <linux/uaccess.h>
#include <hmcase.h>

static unsigned long percpu_events;

static void fold_events(struct page *page)
{
	unsigned long *addr;

	preempt_disable();
	pagefault_disable();
	addr = kmap_atomic(page);
	percpu_events += addr[2];
	kunmap_atomic(addr);
	pagefault_enable();
	preempt_enable();
}

HMCASE_INPUTS(2);

void hmcase_run(const int *in)
{
	fold_events(hmcase_page(in[0]));
}
