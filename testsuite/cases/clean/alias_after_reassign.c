// SPDX-License-Identifier: GPL-2.0
/*
 * The address is copied to another variable and the original reused for
 * something else before the unmap: kunmap_local() goes through the copy.
 */
#include <linux/highmem.h>
#include <linux/string.h>
#include <hmcase.h>

static size_t copy_name(struct page *page, char *out, size_t max)
{
	char *p = kmap_local_page(page);
	char *base = p;
	size_t n = 0;

	p += 16;		/* the name starts after a 16-byte header */
	while (n + 1 < max && p[n])
		n++;
	memcpy(out, p, n);
	out[n] = '\0';
	p = out;		/* from here on p walks the output */
	while (*p)
		p++;
	kunmap_local(base);
	return (size_t)(p - out);
}

HMCASE_INPUTS(2);

void hmcase_run(const int *in)
{
	char out[32];

	memcpy_to_page(hmcase_page(in[0]), 16, "volume", 7);
	(void)copy_name(hmcase_page(in[0]), out, sizeof(out));
}
