// SPDX-License-Identifier: GPL-2.0
/*
 * An unmap helper called in the wrong order.  The engine sees the bad
 * kunmap_local() inside the helper; hmcheck reports the call that hands the
 * wrong address to it.
 */
#include <linux/highmem.h>
#include <linux/string.h>
#include <hmcase.h>

static void *buf_map(struct page *page)
{
	return kmap_local_page(page);
}

static void buf_unmap(void *addr)
{
	kunmap_local(addr);	/* expect-runtime: order -- the engine sees the unmap itself, hmcheck the caller that picked the address */
}

static void swap_halves(struct page *left, struct page *right)
{
	char *l = buf_map(left);
	char *r = buf_map(right);
	char tmp[32];

	memcpy(tmp, l, sizeof(tmp));
	memcpy(l, r, sizeof(tmp));
	memcpy(r, tmp, sizeof(tmp));
	buf_unmap(l);	/* expect-static: order -- the engine places it in buf_unmap */
	buf_unmap(r);
}

HMCASE_INPUTS(2, 2);

void hmcase_run(const int *in)
{
	swap_halves(hmcase_page(in[0]), hmcase_page(in[1]));
}
