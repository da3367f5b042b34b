// SPDX-License-Identifier: GPL-2.0
/*
 * The other members of the kmap_atomic family: a read-only mapping with
 * kmap_atomic_prot() and a mapping by frame number with kmap_atomic_pfn(),
 * each released with kunmap_atomic() in stack order.
 */
#include <linux/highmem.h>
#include <linux/mm.h>
#include <linux/string.h>
#include <hmcase.h>

static int compare_ro(struct page *a, struct page *b)
{
	const char *pa = kmap_atomic_prot(a, PAGE_KERNEL_RO);
	const char *pb = kmap_atomic_pfn(page_to_pfn(b));
	int diff = memcmp(pa, pb, 64);

	kunmap_atomic((void *)pb);
	kunmap_atomic((void *)pa);
	return diff;
}

HMCASE_INPUTS(2, 2);

void hmcase_run(const int *in)
{
	(void)compare_ro(hmcase_page(in[0]), hmcase_page(in[1]));
}
