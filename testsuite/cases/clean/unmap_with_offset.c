// SPDX-License-Identifier: GPL-2.0
/*
 * kunmap_local() accepts any address inside the mapped page: here the
 * pointer the function worked with, not the one kmap_local_page() returned.
 */
#include <linux/highmem.h>
#include <linux/types.h>
#include <hmcase.h>

struct entry {
	u32 key;
	u32 value;
};

static u32 lookup_entry(struct page *page, unsigned int slot)
{
	struct entry *e = (struct entry *)kmap_local_page(page) + slot;
	u32 value = e->value;

	kunmap_local(e);
	return value;
}

static void poke_last_byte(struct page *page)
{
	char *addr = kmap_local_page(page);
	unsigned int off = PAGE_SIZE - 1;

	addr[off] = 1;
	kunmap_local(addr + off);
}

HMCASE_INPUTS(2);

void hmcase_run(const int *in)
{
	struct page *page = hmcase_page(in[0]);

	poke_last_byte(page);
	(void)lookup_entry(page, 100);
}
