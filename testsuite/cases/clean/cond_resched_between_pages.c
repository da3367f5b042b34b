// SPDX-License-Identifier: GPL-2.0
/*
 * A long loop over pages with kmap_atomic(): cond_resched() is called
 * between iterations, after kunmap_atomic(), never inside the section.
 */
#include <linux/highmem.h>
#include <linux/sched.h>
#include <hmcase.h>

static unsigned long sum_first_words(struct page **pages, int n)
{
	unsigned long sum = 0;
	int i;

	for (i = 0; i < n; i++) {
		unsigned long *addr = kmap_atomic(pages[i]);

		sum += addr[0];
		kunmap_atomic(addr);
		cond_resched();
	}
	return sum;
}

HMCASE_INPUTS(2);

void hmcase_run(const int *in)
{
	struct page *pages[5];
	int i;

	for (i = 0; i < 5; i++)
		pages[i] = hmcase_page(in[0] ^ (i & 1));
	(void)sum_first_words(pages, 5);
}
