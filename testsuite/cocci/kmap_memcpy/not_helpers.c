// SPDX-License-Identifier: GPL-2.0
/*
 * Near misses, all left alone: the address counts words, the address is
 * used again after the unmap, something else happens under the mapping,
 * the memset writes a non-zero value, the copy reads the mapping itself.
 */
#include <linux/highmem.h>
#include <linux/string.h>
#include <hmcase.h>

static u32 words[16];

static void store_words(struct page *page, size_t index)
{
	u32 *table = kmap_local_page(page);

	memcpy(table + index, words, sizeof(words));
	kunmap_local(table);
}

static void load_and_peek(struct page *page, struct page *next)
{
	char *addr = kmap_local_page(page);

	memcpy(words, addr, sizeof(words));
	kunmap_local(addr);
	addr = kmap_local_page(next);
	words[0] = addr[0];
	kunmap_local(addr);
}

static void load_and_count(struct page *page, unsigned long *count)
{
	char *addr = kmap_local_page(page);

	memcpy(words, addr, sizeof(words));
	(*count)++;
	kunmap_local(addr);
}

static void fill_pattern(struct page *page)
{
	char *addr = kmap_local_page(page);

	memset(addr, 0xff, 64);
	kunmap_local(addr);
}

static void shift_head(struct page *page)
{
	char *addr = kmap_local_page(page);

	memcpy(addr, addr + 64, 64);
	kunmap_local(addr);
}

HMCASE_INPUTS(2);

void hmcase_run(const int *in)
{
	struct page *page = hmcase_page(in[0]);
	unsigned long count = 0;

	store_words(page, 4);
	load_and_peek(page, page);
	load_and_count(page, &count);
	fill_pattern(page);
	shift_head(page);
}
