// SPDX-License-Identifier: GPL-2.0
/*
 * An explicit pagefault_disable() section with a local mapping: the user
 * copy inside cannot fault the page in, and its result is ignored.
 */
#include <linux/highmem.h>
#include <linux/uaccess.h>
#include <hmcase.h>

static void append_user_record(struct page *log_page, unsigned int off,
			       const void __user *rec, size_t len)
{
	char *log = kmap_local_page(log_page);

	pagefault_disable();
	copy_from_user(log + off, rec, len);	/* expect-static: unchecked-copy -- the engine cannot see an ignored return value */
	pagefault_enable();
	kunmap_local(log);
}

HMCASE_INPUTS(2, 2);

void hmcase_run(const int *in)
{
	const void __user *rec = hmcase_user_buffer(64);

	hmcase_short_copy(in[1]);
	append_user_record(hmcase_page(in[0]), 128, rec, 64);
}
