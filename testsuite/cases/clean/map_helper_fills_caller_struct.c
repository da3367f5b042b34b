// SPDX-License-Identifier: GPL-2.0
/*
 * A map helper that stores the address into the caller's structure and
 * does not unmap: the caller owns the mapping and releases it through the
 * structure.  Handing a mapping over is not an escape.
 */
#include <linux/highmem.h>
#include <linux/types.h>
#include <hmcase.h>

struct page_cursor {
	struct page *page;
	char *vaddr;
	unsigned int pos;
};

static void cursor_map(struct page_cursor *cur, struct page *page)
{
	cur->page = page;
	cur->vaddr = kmap_local_page(page);
	cur->pos = 0;
}

static void cursor_unmap(struct page_cursor *cur)
{
	kunmap_local(cur->vaddr);
	cur->vaddr = NULL;
}

static void cursor_write(struct page_cursor *cur, const char *s)
{
	while (*s && cur->pos < PAGE_SIZE)
		cur->vaddr[cur->pos++] = *s++;
}

HMCASE_INPUTS(2);

void hmcase_run(const int *in)
{
	struct page_cursor cur;

	cursor_map(&cur, hmcase_page(in[0]));
	cursor_write(&cur, "hello");
	cursor_unmap(&cur);
}
