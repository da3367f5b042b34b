// SPDX-License-Identifier: GPL-2.0
/*
 * Two kmap_atomic() mappings released in the order they were taken: the
 * first kunmap_atomic() names an entry below the top of the stack.
 */
#include <linux/highmem.h>
#include <linux/string.h>
#include <hmcase.h>

static int pages_equal(struct page *a, struct page *b)
{
	void *pa = kmap_atomic(a);
	void *pb = kmap_atomic(b);
	int equal = !memcmp(pa, pb, PAGE_SIZE);

	kunmap_atomic(pa);	/* expect: order */
	kunmap_atomic(pb);
	return equal;
}

HMCASE_INPUTS(2, 2);

void hmcase_run(const int *in)
{
	(void)pages_equal(hmcase_page(in[0]), hmcase_page(in[1]));
}
