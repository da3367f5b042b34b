// SPDX-License-Identifier: GPL-2.0
/* suppressed.c - inline suppressions: used, unused, and one without a reason. */
#include <linux/highmem.h>
#include <linux/string.h>

int fill_above(struct page *page, size_t len)
{
	/* hmcheck-ignore leak: the caller unmaps it on the error path */
	char *p = kmap_local_page(page);

	if (len > PAGE_SIZE)
		return -22;
	kunmap_local(p);
	return 0;
}

int fill_same_line(struct page *page, size_t len)
{
	char *p = kmap_local_page(page); // hmcheck-ignore leak: torn down by the caller

	if (len > PAGE_SIZE)
		return -22;
	kunmap_local(p);
	return 0;
}

int fill_no_reason(struct page *page, size_t len)
{
	char *p = kmap_local_page(page); /* hmcheck-ignore leak */

	if (len > PAGE_SIZE)
		return -22;
	kunmap_local(p);
	return 0;
}

int fill_other_rule(struct page *page, size_t len)
{
	/* hmcheck-ignore order: this names another rule and suppresses nothing */
	char *p = kmap_local_page(page);

	if (len > PAGE_SIZE)
		return -22;
	kunmap_local(p);
	return 0;
}
