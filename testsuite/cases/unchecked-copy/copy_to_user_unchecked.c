// SPDX-License-Identifier: GPL-2.0
/*
 * copy_to_user() from a kmap_atomic() mapping with its result dropped:
 * with page faults disabled the copy can stop short and the reader gets
 * fewer bytes than the return value claims.
 */
#include <linux/highmem.h>
#include <linux/uaccess.h>
#include <hmcase.h>

static size_t read_page_to_user(struct page *page, void __user *buf,
				size_t len)
{
	char *addr = kmap_atomic(page);

	copy_to_user(buf, addr, len);	/* expect-static: unchecked-copy -- the engine cannot see an ignored return value */
	kunmap_atomic(addr);
	return len;
}

HMCASE_INPUTS(2, 2);

void hmcase_run(const int *in)
{
	void __user *buf = hmcase_user_buffer(256);

	hmcase_short_copy(in[1]);
	(void)read_page_to_user(hmcase_page(in[0]), buf, 256);
}
