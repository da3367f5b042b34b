// SPDX-License-Identifier: GPL-2.0
/*
 * Argument checks return before the mapping is taken; once taken, the only
 * way out is through the unmap.
 */
#include <linux/highmem.h>
#include <linux/errno.h>
#include <linux/string.h>
#include <hmcase.h>

static int write_at(struct page *page, size_t offset, const void *data,
		    size_t len)
{
	char *addr;

	if (!page)
		return -EINVAL;
	if (offset >= PAGE_SIZE || len > PAGE_SIZE - offset)
		return -ERANGE;
	addr = kmap_local_page(page);
	memcpy(addr + offset, data, len);
	kunmap_local(addr);
	return 0;
}

HMCASE_INPUTS(2, 3);

void hmcase_run(const int *in)
{
	static const size_t offsets[] = { 0, 4000, PAGE_SIZE };

	(void)write_at(hmcase_page(in[0]), offsets[in[1]], "abcdefgh", 8);
	(void)write_at(NULL, 0, "x", 1);
}
