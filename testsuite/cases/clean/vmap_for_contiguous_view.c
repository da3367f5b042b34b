// SPDX-License-Identifier: GPL-2.0
/*
 * When a contiguous view of several pages is needed for longer, vmap() is
 * the tool (highmem.rst): it may sleep, so it is called in process context,
 * and the view is released with vunmap().  No kmap involved.
 */
#include <linux/highmem.h>
#include <linux/vmalloc.h>
#include <linux/string.h>
#include <linux/errno.h>
#include <hmcase.h>

static int fill_span(struct page **pages, unsigned int count)
{
	char *view = vmap(pages, count, VM_MAP, PAGE_KERNEL);

	if (!view)
		return -ENOMEM;
	memset(view + PAGE_SIZE - 8, 0x7e, 16);	/* crosses a page boundary */
	vunmap(view);
	return 0;
}

HMCASE_INPUTS(2);

void hmcase_run(const int *in)
{
	struct page *pages[2] = { hmcase_page(in[0]), hmcase_page(1) };

	(void)fill_span(pages, 2);
}
