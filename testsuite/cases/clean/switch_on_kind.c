// SPDX-License-Identifier: GPL-2.0
/*
 * A switch where some cases map and unmap a page and others do not touch it;
 * every case leaves with nothing held.
 */
#include <linux/highmem.h>
#include <linux/errno.h>
#include <linux/string.h>
#include <hmcase.h>

enum fill_kind { FILL_ZERO, FILL_PATTERN, FILL_NONE };

static int fill_page(struct page *page, enum fill_kind kind)
{
	char *addr;

	switch (kind) {
	case FILL_ZERO:
		addr = kmap_local_page(page);
		memset(addr, 0, PAGE_SIZE);
		kunmap_local(addr);
		break;
	case FILL_PATTERN:
		addr = kmap_local_page(page);
		memset(addr, 0xa5, PAGE_SIZE);
		kunmap_local(addr);
		return 1;
	case FILL_NONE:
		break;
	default:
		return -EINVAL;
	}
	return 0;
}

HMCASE_INPUTS(2, 4);

void hmcase_run(const int *in)
{
	(void)fill_page(hmcase_page(in[0]), (enum fill_kind)in[1]);
}
