// SPDX-License-Identifier: GPL-2.0
/*
 * A map wrapper whose caller forgets the matching unmap.  The engine places
 * the leak at the kmap_local_page() inside the wrapper (the mapping's real
 * origin); hmcheck at the wrapper call, where the caller took ownership.
 */
#include <linux/highmem.h>
#include <linux/types.h>
#include <hmcase.h>

static void *map_bitmap(struct page *page)
{
	return kmap_local_page(page);	/* expect-runtime: leak -- the engine records the map call itself, hmcheck the caller that owns it */
}

static void unmap_bitmap(void *addr)
{
	kunmap_local(addr);
}

static int count_bits_right(struct page *page)
{
	unsigned long *bits = map_bitmap(page);
	int n = __builtin_popcountl(bits[0]);

	unmap_bitmap(bits);
	return n;
}

static int count_bits_wrong(struct page *page)
{
	unsigned long *bits = map_bitmap(page);	/* expect-static: leak -- the engine places it inside map_bitmap */

	return __builtin_popcountl(bits[0]);
}

HMCASE_INPUTS(2);

void hmcase_run(const int *in)
{
	struct page *page = hmcase_page(in[0]);

	(void)count_bits_right(page);
	(void)count_bits_wrong(page);
}
