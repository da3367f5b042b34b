// SPDX-License-Identifier: GPL-2.0
/*
 * A kmap() helper that hands the mapping to the caller through a structure
 * (the shape of fs/ page "getters"); the caller releases it by page with a
 * put helper.  Ownership moves, nothing escapes, nothing leaks.
 */
#include <linux/highmem.h>
#include <linux/errno.h>
#include <hmcase.h>

struct mapped_page {
	struct page *page;
	void *addr;
};

static int get_mapped_page(struct page *page, struct mapped_page *mp)
{
	if (!page)
		return -ENOENT;
	mp->page = page;
	mp->addr = kmap(page);
	return 0;
}

static void put_mapped_page(struct mapped_page *mp)
{
	kunmap(mp->page);
	mp->addr = NULL;
}

static int bump_version(struct page *page)
{
	struct mapped_page mp;
	int err = get_mapped_page(page, &mp);

	if (err)
		return err;
	((unsigned int *)mp.addr)[0]++;
	put_mapped_page(&mp);
	return 0;
}

HMCASE_INPUTS(2, 2);

void hmcase_run(const int *in)
{
	(void)bump_version(in[1] ? hmcase_page(in[0]) : NULL);
}
