// SPDX-License-Identifier: GPL-2.0
/*
 * Mapped addresses recorded in a context's array (for a later pass) while
 * each page is unmapped at the end of the iteration.  The fixed version
 * records offsets, not addresses.
 */
#include <linux/highmem.h>
#include <hmcase.h>

#define MAX_SEGMENTS 4

struct scan_context {
	void *segment[MAX_SEGMENTS];
	unsigned long offset[MAX_SEGMENTS];
	int count;
};

static void scan_pages_wrong(struct scan_context *ctx, struct page **pages,
			     int n)
{
	int i;

	for (i = 0; i < n && ctx->count < MAX_SEGMENTS; i++) {
		char *addr = kmap_local_page(pages[i]);

		if (addr[0] == 0)
			ctx->segment[ctx->count++] = addr;	/* expect-static: escape -- the second pass never runs here: no fault */
		kunmap_local(addr);
	}
}

static void scan_pages_right(struct scan_context *ctx, struct page **pages,
			     int n)
{
	int i;

	for (i = 0; i < n && ctx->count < MAX_SEGMENTS; i++) {
		char *addr = kmap_local_page(pages[i]);

		if (addr[0] == 0)
			ctx->offset[ctx->count++] = i * PAGE_SIZE;
		kunmap_local(addr);
	}
}

HMCASE_INPUTS(2);

void hmcase_run(const int *in)
{
	struct scan_context ctx = { .count = 0 };
	struct page *pages[2] = { hmcase_page(in[0]), hmcase_page(1) };

	scan_pages_right(&ctx, pages, 2);
	ctx.count = 0;
	scan_pages_wrong(&ctx, pages, 2);
}
