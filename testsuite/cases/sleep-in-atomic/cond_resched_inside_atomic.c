// SPDX-License-Identifier: GPL-2.0
/*
 * cond_resched() inside the kmap_atomic() section of a long loop: it may
 * schedule, with preemption disabled by the mapping.
 */
#include <linux/highmem.h>
#include <linux/sched.h>
#include <hmcase.h>

static unsigned long scan_pages(struct page **pages, int n)
{
	unsigned long sum = 0;
	int i;

	for (i = 0; i < n; i++) {
		unsigned long *addr = kmap_atomic(pages[i]);

		sum += addr[0];
		cond_resched();	/* expect: sleep-in-atomic */
		kunmap_atomic(addr);
	}
	return sum;
}

HMCASE_INPUTS(2);

void hmcase_run(const int *in)
{
	struct page *pages[3] = {
		hmcase_page(in[0]), hmcase_page(in[0]), hmcase_page(1),
	};

	(void)scan_pages(pages, 3);
}
