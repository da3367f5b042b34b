// SPDX-License-Identifier: GPL-2.0
/*
 * simple.c - clean mapping code, each function right as it is: every
 * mutant of a real bug here is one hmcheck must report.
 */
#include "mutants.h"

void fill_local(struct page *page, int value)
{
	char *addr = kmap_local_page(page);

	memset(addr, value, PAGE_SIZE);
	kunmap_local(addr);
}

void fill_atomic(struct page *page, int value)
{
	char *addr = kmap_atomic(page);

	memset(addr, value, PAGE_SIZE);
	kunmap_atomic(addr);
}

void copy_pages(struct page *to, struct page *from)
{
	char *dst = kmap_local_page(to);
	char *src = kmap_local_page(from);

	memcpy(dst, src, PAGE_SIZE);
	kunmap_local(src);
	kunmap_local(dst);
}

void fill_kmap(struct page *page)
{
	char *addr = kmap(page);

	memset(addr, 0, PAGE_SIZE);
	kunmap(page);
}
