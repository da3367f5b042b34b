// SPDX-License-Identifier: GPL-2.0
/*
 * A goto error ladder with two mappings: every exit releases exactly what
 * was taken, in reverse order.  The inputs drive each exit.
 */
#include <linux/highmem.h>
#include <linux/errno.h>
#include <linux/string.h>
#include <hmcase.h>

struct record {
	unsigned int magic;
	unsigned int len;
};

#define RECORD_MAGIC 0x52454344

static int merge_records(struct page *dst_page, struct page *src_page,
			 int bad_src, int bad_dst)
{
	struct record *dst, *src;
	int ret = 0;

	src = kmap_local_page(src_page);
	if (bad_src) {
		ret = -EINVAL;
		goto out;
	}
	dst = kmap_local_page(dst_page);
	if (bad_dst) {
		ret = -EIO;
		goto out_unmap_dst;
	}
	dst->magic = RECORD_MAGIC;
	dst->len = src->len;
out_unmap_dst:
	kunmap_local(dst);
out:
	kunmap_local(src);
	return ret;
}

HMCASE_INPUTS(2, 2, 2);

void hmcase_run(const int *in)
{
	(void)merge_records(hmcase_page(in[0]), hmcase_page(1), in[1], in[2]);
}
