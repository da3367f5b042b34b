// SPDX-License-Identifier: GPL-2.0
/*
 * Every way of giving an unmap the wrong argument or the wrong family,
 * each next to the mapping it releases.
 */
#include <linux/highmem.h>
#include <linux/string.h>
#include <hmcase.h>

static void zero_head_kunmap_address(struct page *page)
{
	void *addr = kmap(page);

	memset(addr, 0, 64);
	kunmap(addr);
}

static void zero_head_kunmap_atomic_page(struct page *page)
{
	char *addr;

	addr = kmap_atomic(page);
	memset(addr, 0, 64);
	kunmap_atomic(page);
}

static void zero_head_kunmap_local_page(struct page *page)
{
	char *addr = kmap_local_page(page);

	memset(addr, 0, 64);
	kunmap_local(page);
}

static void zero_head_kunmap_of_local(struct page *page)
{
	void *addr = kmap_local_page(page);

	memset(addr, 0, 64);
	kunmap(addr);
}

static void zero_head_kunmap_of_atomic(struct page *page)
{
	void *addr = kmap_atomic(page);

	memset(addr, 0, 64);
	kunmap(addr);
}

static void zero_head_kunmap_local_of_kmap(struct page *page)
{
	char *addr = kmap(page);

	memset(addr, 0, 64);
	kunmap_local(addr);
}

/* What the pages hold at the end: the conversion must not change it. */
unsigned long cocci_digest;

static unsigned long page_digest(struct page *page)
{
	unsigned char *bytes = kmap_local_page(page);
	unsigned long digest = 0;
	unsigned int i;

	for (i = 0; i < PAGE_SIZE; i++)
		digest = digest * 31 + bytes[i];
	kunmap_local(bytes);
	return digest;
}

HMCASE_INPUTS(2);

void hmcase_run(const int *in)
{
	struct page *page = hmcase_page(in[0]);

	zero_head_kunmap_address(page);
	zero_head_kunmap_atomic_page(page);
	zero_head_kunmap_local_page(page);
	zero_head_kunmap_of_local(page);
	zero_head_kunmap_of_atomic(page);
	zero_head_kunmap_local_of_kmap(page);
	cocci_digest = page_digest(page);
}
