// SPDX-License-Identifier: GPL-2.0
/*
 * kmap_atomic() sections that rely on nothing but the mapping: all of them
 * become kmap_local_page(), the nested ones keeping their reverse order, the
 * error ladder on every path.
 */
#include <linux/highmem.h>
#include <linux/string.h>
#include <linux/errno.h>
#include <hmcase.h>

static unsigned long checksum_page(struct page *page)
{
	unsigned long *words = kmap_atomic(page);
	unsigned long sum = 0;
	int i;

	for (i = 0; i < 64; i++)
		sum += words[i];
	kunmap_atomic(words);
	return sum;
}

static void copy_page_head(struct page *dst_page, struct page *src_page)
{
	char *dst, *src;

	dst = kmap_atomic(dst_page);
	src = kmap_atomic(src_page);
	memcpy(dst, src, 128);
	kunmap_atomic(src);
	kunmap_atomic(dst);
}

static int fill_pages(struct page **pages, int count, int value)
{
	int i;

	for (i = 0; i < count; i++) {
		char *addr = kmap_atomic(pages[i]);

		memset(addr, value, 256);
		kunmap_atomic(addr);
	}
	return 0;
}

static int check_magic(struct page *page, unsigned int magic)
{
	unsigned int *header = kmap_atomic(page);

	if (header[0] != magic) {
		kunmap_atomic(header);
		return -EINVAL;
	}
	header[1]++;
	kunmap_atomic(header);
	return 0;
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

	fill_pages(pages, 2, in[0] + 1);
	copy_page_head(pages[1], pages[0]);
	check_magic(pages[0], 0x01010101);
	checksum_page(pages[1]);
	cocci_digest = page_digest(pages[0]) * 7 + page_digest(pages[1]);
}
