// SPDX-License-Identifier: GPL-2.0
/*
 * Pairs that are not self-contained: a path returns with the mapping held
 * (a leak the conversion must not hide), and a release by another address.
 */
#include <linux/highmem.h>
#include <linux/string.h>
#include <linux/errno.h>
#include <hmcase.h>

static int check_header_leaky(struct page *page, unsigned int magic)
{
	unsigned int *header = kmap_atomic(page);

	if (header[0] != magic)
		return -EINVAL;
	kunmap_atomic(header);
	return 0;
}

static void clear_tail(struct page *page, size_t offset)
{
	char *addr = kmap_atomic(page);

	memset(addr + offset, 0, 64);
	kunmap_atomic(addr + offset);
}

HMCASE_INPUTS(2);

void hmcase_run(const int *in)
{
	struct page *page = hmcase_page(in[0]);

	check_header_leaky(page, 0);
	clear_tail(page, 128);
}
