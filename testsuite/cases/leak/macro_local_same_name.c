// SPDX-License-Identifier: GPL-2.0
/*
 * Two expansions of one checking macro each declare a `__bad`: the second
 * one's early return leaves the mapping made between them live.
 */
#include <linux/highmem.h>
#include <linux/string.h>
#include <hmcase.h>

#define CHECK_RET(cond) do {				\
	int __bad = !!(cond);				\
	if (__bad)					\
		return -EINVAL;				\
} while (0)

static int patch(struct page *page, int first, int second)
{
	char *p;

	CHECK_RET(first);
	p = kmap_local_page(page);	/* expect: leak */
	CHECK_RET(second);
	memset(p, 0, 8);
	kunmap_local(p);
	return 0;
}

HMCASE_INPUTS(2, 2, 2);

void hmcase_run(const int *in)
{
	(void)patch(hmcase_page(in[0]), in[1], in[2]);
}
