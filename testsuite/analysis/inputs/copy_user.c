// options: --enable deprecated
#include "kapi.h"

void unchecked_under_atomic(struct page *page, const void *ubuf)
{
	char *addr = kmap_atomic(page);	/* expect: deprecated */

	copy_from_user(addr, ubuf, 64);	/* expect: unchecked-copy */
	kunmap_atomic(addr);
}

int checked_under_atomic(struct page *page, const void *ubuf)
{
	char *addr = kmap_atomic(page);	/* expect: deprecated */
	unsigned long left = copy_from_user(addr, ubuf, 64);

	kunmap_atomic(addr);
	return left ? -1 : 0;
}

void unchecked_pagefault_disabled(void *dst, const void *ubuf)
{
	pagefault_disable();
	copy_to_user(dst, ubuf, 8);	/* expect: unchecked-copy */
	msleep(0);
	pagefault_enable();
}

void unchecked_outside_atomic(void *dst, const void *ubuf)
{
	copy_from_user(dst, ubuf, 8);
}

void kmap_is_deprecated(struct page *page)
{
	char *addr = kmap(page);	/* expect: deprecated */

	addr[0] = 0;
	kunmap(page);
}
