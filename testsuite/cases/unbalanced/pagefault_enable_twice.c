// SPDX-License-Identifier: GPL-2.0
/*
 * kunmap_atomic() already re-enables page faults; the extra
 * pagefault_enable() after it has no matching disable.
 */
#include <linux/highmem.h>
#include <linux/uaccess.h>
#include <hmcase.h>

static unsigned long peek(struct page *page)
{
	unsigned long *addr, value;

	addr = kmap_atomic(page);
	value = addr[0];
	kunmap_atomic(addr);
	pagefault_enable();	/* expect: unbalanced */
	return value;
}

HMCASE_INPUTS(2);

void hmcase_run(const int *in)
{
	(void)peek(hmcase_page(in[0]));
}
