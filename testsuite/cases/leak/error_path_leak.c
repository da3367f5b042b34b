// SPDX-License-Identifier: GPL-2.0
/*
 * A goto error ladder that jumps past the unmap: on the checksum-failure
 * path the source mapping is never released.
 */
#include <linux/highmem.h>
#include <linux/errno.h>
#include <linux/types.h>
#include <hmcase.h>

struct block_header {
	u32 csum;
	u32 len;
};

static int verify_block(struct page *page, bool corrupt)
{
	struct block_header *hdr;
	int ret = 0;

	hdr = kmap_local_page(page);	/* expect: leak */
	if (corrupt)
		hdr->csum = ~0u;
	if (hdr->csum == ~0u) {
		ret = -EBADMSG;
		goto out;
	}
	hdr->len = 0;
	kunmap_local(hdr);
out:
	return ret;
}

HMCASE_INPUTS(2, 2);

void hmcase_run(const int *in)
{
	(void)verify_block(hmcase_page(in[0]), in[1]);
}
