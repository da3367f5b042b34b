// SPDX-License-Identifier: GPL-2.0
/*
 * Two pages mapped one after the other, each released before the next is
 * taken, reusing the same variable.
 */
#include <linux/highmem.h>
#include <hmcase.h>

static int pages_differ(struct page *a, struct page *b)
{
	unsigned char *addr, first;

	addr = kmap_local_page(a);
	first = addr[0];
	kunmap_local(addr);

	addr = kmap_local_page(b);
	first ^= addr[0];
	kunmap_local(addr);
	return first != 0;
}

HMCASE_INPUTS(2, 2);

void hmcase_run(const int *in)
{
	(void)pages_differ(hmcase_page(in[0]), hmcase_page(in[1]));
}
