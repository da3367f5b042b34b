// SPDX-License-Identifier: GPL-2.0
/*
 * A request is described by a local structure: a flag says whether the
 * data must be bounced.  The page is mapped into one member when it must,
 * other members are filled, the structure's address goes to a helper that
 * writes other members only, and the same flag says whether to unmap.
 * Clean on every path, whichever the flag and the zone.
 */
#include <linux/highmem.h>
#include <linux/string.h>
#include <hmcase.h>

struct copy_setup {
	int need_copy;
	unsigned int offset;
	unsigned int done;
	char *data;
	char out[16];
};

static noinline void copy_grant(struct copy_setup *setup, unsigned int len)
{
	if (setup->need_copy)
		memcpy(setup->out, setup->data + setup->offset, len);
	setup->done += len;
}

static unsigned int queue_copy(struct page *page, int need_copy)
{
	struct copy_setup setup = { .need_copy = need_copy };

	if (setup.need_copy) {
		setup.offset = 8;
		setup.data = kmap_local_page(page);
	}
	copy_grant(&setup, sizeof(setup.out));
	if (setup.need_copy)
		kunmap_local(setup.data);
	return setup.done;
}

HMCASE_INPUTS(2, 2);

void hmcase_run(const int *in)
{
	queue_copy(hmcase_page(in[0]), in[1]);
}
