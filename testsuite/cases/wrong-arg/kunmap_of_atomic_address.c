// SPDX-License-Identifier: GPL-2.0
/*
 * A kmap_atomic() mapping "released" with kunmap(addr): wrong function and
 * wrong argument; the atomic mapping stays live and leaks.  And kunmap()
 * might_sleep()s, which it must not do under kmap_atomic().
 */
#include <linux/highmem.h>
#include <hmcase.h>

static void mark_dirty(struct page *page)
{
	unsigned char *addr = kmap_atomic(page);	/* expect: leak */

	addr[1] = 1;
	kunmap((void *)addr);	/* expect: wrong-arg, sleep-in-atomic */
}

HMCASE_INPUTS(1);

void hmcase_run(const int *in)
{
	(void)in;
	mark_dirty(hmcase_page(1));
}
