// SPDX-License-Identifier: GPL-2.0
/*
 * Clean: each unmap gets what its family wants, including an address moved
 * inside the page and a page reached through a structure.
 */
#include <linux/highmem.h>
#include <linux/string.h>
#include <hmcase.h>

struct chunk {
	struct page *page;
	unsigned int offset;
};

static void zero_with_kmap(struct page *page)
{
	void *addr = kmap(page);

	memset(addr, 0, 64);
	kunmap(page);
}

static void zero_chunk_atomic(struct chunk *chunk)
{
	char *addr = kmap_atomic(chunk->page) + chunk->offset;

	memset(addr, 0, 64);
	kunmap_atomic(addr);
}

static void zero_chunk_local(struct chunk *chunk)
{
	char *addr = kmap_local_page(chunk->page);

	memset(addr + chunk->offset, 0, 64);
	kunmap_local(addr);
}

HMCASE_INPUTS(2);

void hmcase_run(const int *in)
{
	struct chunk chunk = { .page = hmcase_page(in[0]), .offset = 128 };

	zero_with_kmap(chunk.page);
	zero_chunk_atomic(&chunk);
	zero_chunk_local(&chunk);
}
