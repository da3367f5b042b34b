// SPDX-License-Identifier: GPL-2.0
/*
 * Every return goes through a helper that unmaps and passes the status
 * through: `return finish(addr, -EINVAL);`.
 */
#include <linux/highmem.h>
#include <linux/errno.h>
#include <linux/types.h>
#include <hmcase.h>

static int finish(void *addr, int ret)
{
	kunmap_local(addr);
	return ret;
}

static int check_bitmap(struct page *page, unsigned int nbits)
{
	unsigned long *bits = kmap_local_page(page);

	if (!nbits)
		return finish(bits, -EINVAL);
	if (bits[0] & 1)
		return finish(bits, -EBUSY);
	bits[0] |= 1;
	return finish(bits, 0);
}

HMCASE_INPUTS(2, 3);

void hmcase_run(const int *in)
{
	struct page *page = hmcase_page(in[0]);

	(void)check_bitmap(page, in[1]);
	if (in[1] == 2)
		(void)check_bitmap(page, 8);
}
