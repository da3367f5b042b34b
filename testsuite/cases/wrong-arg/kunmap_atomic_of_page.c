// SPDX-License-Identifier: GPL-2.0
/*
 * kunmap_atomic() given the page instead of the address: the atomic mapping
 * is not released (it leaks), and neither preemption nor page faults come
 * back as the caller expects.
 */
#include <linux/highmem.h>
#include <hmcase.h>

static unsigned long read_counter(struct page *page)
{
	unsigned long *counter = kmap_atomic(page);	/* expect: leak */
	unsigned long value = *counter;

	kunmap_atomic(page);	/* expect: wrong-arg */
	return value;
}

HMCASE_INPUTS(2);

void hmcase_run(const int *in)
{
	(void)read_counter(hmcase_page(in[0]));
}
