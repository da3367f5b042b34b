// SPDX-License-Identifier: GPL-2.0
/*
 * kunmap() on a path where kmap() was never called: the inline data case
 * skips the mapping but shares the cleanup.
 */
#include <linux/highmem.h>
#include <linux/string.h>
#include <hmcase.h>

static void copy_data(struct page *page, char *out, bool is_inline)
{
	char *addr;

	if (is_inline) {
		memset(out, 0, 16);
	} else {
		addr = kmap(page);
		memcpy(out, addr, 16);
	}
	kunmap(page);	/* expect: unbalanced */
}

HMCASE_INPUTS(2, 2);

void hmcase_run(const int *in)
{
	char out[16];

	copy_data(hmcase_page(in[0]), out, in[1]);
}
