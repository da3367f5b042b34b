// SPDX-License-Identifier: GPL-2.0
/*
 * Nested wrappers: a map helper built on another map helper, and an unmap
 * helper built on another unmap helper; used in the right order.
 */
#include <linux/highmem.h>
#include <linux/string.h>
#include <hmcase.h>

static void *map_block(struct page *page)
{
	return kmap_local_page(page);
}

static void *map_block_at(struct page *page, unsigned int offset)
{
	return (char *)map_block(page) + offset;
}

static void unmap_block(void *addr)
{
	kunmap_local(addr);
}

static void release_block(void *addr)
{
	unmap_block(addr);
}

static void move_block(struct page *to, struct page *from)
{
	char *dst = map_block_at(to, 256);
	char *src = map_block_at(from, 512);

	memcpy(dst, src, 128);
	release_block(src);
	release_block(dst);
}

HMCASE_INPUTS(2, 2);

void hmcase_run(const int *in)
{
	move_block(hmcase_page(in[0]), hmcase_page(in[1]));
}
