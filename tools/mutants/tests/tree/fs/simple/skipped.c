// SPDX-License-Identifier: GPL-2.0
/*
 * skipped.c - mapping calls kernel-mutants must leave alone: in comments,
 * in strings, in #if-disabled code, in a macro's body, and a map statement
 * that is the body of an unbraced if.
 */
#include "mutants.h"

#define RELEASE(addr) kunmap_local(addr)

static const char message[] = "kunmap_local(addr);";

int read_first(struct page *page)
{
	char *addr = kmap_local_page(page);
	int value = addr[0];

	/*
	kunmap_local(addr);
	 */
#if 0
	kunmap_local(addr);
#endif
	RELEASE(addr);
	return value + message[0];
}

int maybe_read(struct page *page, bool map)
{
	char *addr = NULL;
	int value = 0;

	if (map)
		addr = kmap_atomic(page);
	if (addr) {
		value = addr[0];
		kunmap_atomic(addr);
	}
	return value;
}
