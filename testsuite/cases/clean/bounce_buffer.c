// SPDX-License-Identifier: GPL-2.0
/*
 * A bounce buffer: allocate with GFP_KERNEL before mapping (sleeping is fine
 * there), copy the page out under kmap_local_page, unmap, free.
 */
#include <linux/highmem.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/errno.h>
#include <hmcase.h>

static int bounce_read(struct page *page, unsigned int offset, size_t len,
		       void **out)
{
	char *bounce, *src;

	bounce = kmalloc(len, GFP_KERNEL);
	if (!bounce)
		return -ENOMEM;
	src = kmap_local_page(page);
	memcpy(bounce, src + offset, len);
	kunmap_local(src);
	*out = bounce;
	return 0;
}

HMCASE_INPUTS(2);

void hmcase_run(const int *in)
{
	void *buf = NULL;

	if (!bounce_read(hmcase_page(in[0]), 512, 128, &buf))
		kfree(buf);
}
