// SPDX-License-Identifier: GPL-2.0
/*
 * The shapes the helpers replace: copy to a page, copy from a page, clear
 * part of a page, copy between two pages, with each mapping family.
 */
#include <linux/highmem.h>
#include <linux/string.h>
#include <linux/cacheflush.h>
#include <hmcase.h>

static char record[256];

static void store_record(struct page *page, size_t offset)
{
	char *addr = kmap_local_page(page);

	memcpy(addr + offset, record, sizeof(record));
	flush_dcache_page(page);
	kunmap_local(addr);
}

static void load_record(struct page *page, size_t offset)
{
	void *addr;

	addr = kmap_atomic(page);
	memcpy(record, addr + offset, sizeof(record));
	kunmap_atomic(addr);
}

static void clear_head(struct page *page)
{
	u8 *addr = kmap(page);

	memset(addr, 0, 512);
	kunmap(page);
}

static void copy_block(struct page *dst_page, struct page *src_page,
		       size_t offset)
{
	char *dst = kmap_local_page(dst_page);
	char *src = kmap_local_page(src_page);

	memcpy(dst + offset, src + offset, 1024);
	kunmap_local(src);
	kunmap_local(dst);
}

/* The source mapped first, the unmaps in reverse order. */
static void copy_block_source_first(struct page *dst_page,
				    struct page *src_page, size_t offset)
{
	char *src = kmap_atomic(src_page);
	char *dst = kmap_atomic(dst_page);

	memcpy(dst + offset, src, 512);
	kunmap_atomic(dst);
	kunmap_atomic(src);
}

/* Unmapped in mapping order: memcpy_page() puts it right. */
static void copy_head_misordered(struct page *dst_page, struct page *src_page)
{
	char *dst = kmap_local_page(dst_page);
	char *src = kmap_local_page(src_page);

	memcpy(dst, src, 64);
	kunmap_local(dst);
	kunmap_local(src);
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

HMCASE_INPUTS(2, 2);

void hmcase_run(const int *in)
{
	struct page *one = hmcase_page(in[0]), *two = hmcase_page(in[1]);

	memset(record, 0x5a, sizeof(record));
	store_record(one, 256);
	clear_head(two);
	copy_block(two, one, 256);
	copy_head_misordered(one, two);
	copy_block_source_first(two, one, 1024);
	load_record(two, 256);
	cocci_digest = page_digest(one) * 7 + page_digest(two) + record[0];
}
