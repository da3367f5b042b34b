// SPDX-License-Identifier: GPL-2.0
/*
 * A compressed frame read: the frame's pages are kmap()ed one by one, a
 * scratch array of freshly allocated pages is kmap()ed through a variable,
 * and both are released through copies of their elements, "page =
 * pages[i]; kunmap(page);", the scratch pages also on the error path taken
 * when an allocation fails half way.
 */
#include <linux/highmem.h>
#include <linux/gfp.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <hmcase.h>

#define NR_FRAME	2
#define NR_SCRATCH	3

static int read_frame(struct page **pages, int npages, int nscratch, int fail_at)
{
	struct page **scratch;
	struct page *page;
	int err = 0;
	int i;

	for (i = 0; i < npages; i++)
		kmap(pages[i]);
	scratch = kcalloc(nscratch, sizeof(*scratch), GFP_KERNEL);
	if (!scratch) {
		err = -ENOMEM;
		goto out;
	}
	for (i = 0; i < nscratch; i++) {
		page = i == fail_at ? NULL : alloc_page(GFP_KERNEL | __GFP_HIGHMEM);
		if (!page) {
			err = -ENOMEM;
			goto out_scratch;
		}
		scratch[i] = page;
		kmap(page);
	}
	for (i = 0; i < nscratch && i < npages; i++)
		memcpy(page_address(pages[i]), page_address(scratch[i]), 16);
out_scratch:
	for (i = 0; i < nscratch; i++) {
		page = scratch[i];
		if (page) {
			kunmap(page);
			__free_page(page);
		}
	}
	kfree(scratch);
out:
	for (i = 0; i < npages; i++) {
		page = pages[i];
		kunmap(page);
		SetPageUptodate(page);
	}
	return err;
}

HMCASE_INPUTS(2, 2, 4);

void hmcase_run(const int *in)
{
	struct page *pages[NR_FRAME];
	int i;

	for (i = 0; i < NR_FRAME; i++)
		pages[i] = hmcase_page(in[0] + i);
	read_frame(pages, in[1] + 1, NR_SCRATCH, in[2]);
}
