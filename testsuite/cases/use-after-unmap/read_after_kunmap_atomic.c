// SPDX-License-Identifier: GPL-2.0
/*
 * kunmap_atomic() first, then the read it was meant to protect.
 */
#include <linux/highmem.h>
#include <hmcase.h>

static unsigned long take_counter(struct page *page)
{
	unsigned long *counter = kmap_atomic(page);

	*counter += 1;
	kunmap_atomic(counter);
	return *counter;	/* expect: use-after-unmap */
}

HMCASE_INPUTS(2);

void hmcase_run(const int *in)
{
	(void)take_counter(hmcase_page(in[0]));
}
