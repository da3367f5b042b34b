// SPDX-License-Identifier: GPL-2.0
/*
 * An unmap helper that the caller does not know about: the mapping is
 * released twice, the second kunmap_atomic() finds nothing to unmap (and
 * would re-enable preemption it never disabled).
 */
#include <linux/highmem.h>
#include <hmcase.h>

static unsigned int read_and_release(unsigned int *addr)
{
	unsigned int value = addr[2];

	kunmap_atomic(addr);
	return value;
}

static unsigned int read_word(struct page *page)
{
	unsigned int *addr = kmap_atomic(page);
	unsigned int value = read_and_release(addr);

	kunmap_atomic(addr);	/* expect: unbalanced */
	return value;
}

HMCASE_INPUTS(2);

void hmcase_run(const int *in)
{
	(void)read_word(hmcase_page(in[0]));
}
