// SPDX-License-Identifier: GPL-2.0
/*
 * A deprecated call inside a map helper is reported once, where it is
 * written, not at every caller of the helper.
 */
#include <linux/highmem.h>
#include <hmcase.h>

static void *map_old_style(struct page *page)
{
	return kmap_atomic(page);	/* expect-static: deprecated -- advice, nothing happens at run time */
}

static unsigned int first_two(struct page *a)
{
	unsigned char *p = map_old_style(a);
	unsigned int v = p[0] + p[1];

	kunmap_atomic(p);
	return v;
}

HMCASE_INPUTS(2);

void hmcase_run(const int *in)
{
	(void)first_two(hmcase_page(in[0]));
	(void)first_two(hmcase_page(1));
}
