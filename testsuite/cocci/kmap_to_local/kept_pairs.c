// SPDX-License-Identifier: GPL-2.0
/*
 * kmap() pairs that must stay: the address handed back to the caller or
 * kept in a structure, the mapping left held on a path for the caller to
 * release, and the page pointer moved before the unmap.  The address kept
 * in a structure that outlives the pair is also left alone, even when it is
 * unmapped in the same function.
 */
#include <linux/highmem.h>
#include <linux/string.h>
#include <linux/errno.h>
#include <hmcase.h>

struct cursor {
	struct page *page;
	char *addr;
};

static void cursor_open(struct cursor *cursor, struct page *page)
{
	char *addr = kmap(page);

	cursor->page = page;
	cursor->addr = addr;
}

static void cursor_close(struct cursor *cursor)
{
	kunmap(cursor->page);
}

static void cursor_fill(struct cursor *cursor, struct page *page, int value)
{
	char *addr = kmap(page);

	cursor->addr = addr;
	memset(cursor->addr, value, 64);
	kunmap(page);
	cursor->addr = NULL;
}

static char *map_if_valid(struct page *page, u32 magic)
{
	u32 *header = kmap(page);

	if (header[0] == magic)
		return (char *)header;
	kunmap(page);
	return NULL;
}

static void clear_two(struct page *page, struct page *next)
{
	char *addr = kmap(page);

	memset(addr, 0, 64);
	page = next;
	memset(addr + 64, 0, 64);
	kunmap(page);
}

HMCASE_INPUTS(2);

void hmcase_run(const int *in)
{
	struct page *page = hmcase_page(in[0]);
	struct cursor cursor;
	char *addr;

	cursor_open(&cursor, page);
	cursor_close(&cursor);
	cursor_fill(&cursor, page, 1);
	addr = map_if_valid(page, 0);
	if (addr)
		kunmap(page);
	clear_two(page, page);
}
