// SPDX-License-Identifier: GPL-2.0
/*
 * kmap() pairs used within one function: all convert, the unmap taking the
 * address instead of the page.  A sleep inside is fine for kmap_local_page().
 */
#include <linux/highmem.h>
#include <linux/string.h>
#include <linux/mutex.h>
#include <linux/errno.h>
#include <hmcase.h>

static DEFINE_MUTEX(table_lock);

static int read_entry(struct page *page, unsigned int index, u32 *value)
{
	u32 *table;

	if (index >= 1024)
		return -EINVAL;
	table = kmap(page);
	mutex_lock(&table_lock);
	*value = table[index];
	mutex_unlock(&table_lock);
	kunmap(page);
	return 0;
}

static int fill_pages(struct page **pages, int count)
{
	int i;

	for (i = 0; i < count; i++) {
		char *addr = kmap(pages[i]);

		memset(addr, i, 512);
		kunmap(pages[i]);
	}
	return 0;
}

static int check_magic(struct page *page, u32 magic)
{
	u32 *header = kmap(page);

	if (header[0] != magic) {
		kunmap(page);
		return -EINVAL;
	}
	header[1] = 0;
	kunmap(page);
	return 0;
}

static void copy_head(struct page *dst_page, struct page *src_page)
{
	char *dst = kmap(dst_page);
	char *src = kmap(src_page);

	memcpy(dst, src, 256);
	kunmap(src_page);
	kunmap(dst_page);
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
	struct page *pages[2] = { hmcase_page(in[0]), hmcase_page(in[1]) };
	u32 value;

	fill_pages(pages, 2);
	read_entry(pages[0], 3, &value);
	check_magic(pages[1], value);
	copy_head(pages[0], pages[1]);
	cocci_digest = page_digest(pages[0]) * 7 + page_digest(pages[1]) + value;
}
