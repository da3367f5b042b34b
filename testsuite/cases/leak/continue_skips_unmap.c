// SPDX-License-Identifier: GPL-2.0
/*
 * A loop that maps each page and `continue`s past the unmap when the page
 * has nothing to copy.
 */
#include <linux/highmem.h>
#include <linux/string.h>
#include <hmcase.h>

static size_t gather(char *out, struct page **pages, int n)
{
	size_t copied = 0;
	int i;

	for (i = 0; i < n; i++) {
		char *addr = kmap_local_page(pages[i]);	/* expect: leak */
		size_t len = strnlen(addr, 32);

		if (!len)
			continue;
		memcpy(out + copied, addr, len);
		copied += len;
		kunmap_local(addr);
	}
	return copied;
}

HMCASE_INPUTS(2, 2);

void hmcase_run(const int *in)
{
	struct page *pages[2] = { hmcase_page(in[0]), hmcase_page(in[1]) };
	char out[64];

	memcpy_to_page(pages[1], 0, "tail", 5);
	(void)gather(out, pages, 2);
}
