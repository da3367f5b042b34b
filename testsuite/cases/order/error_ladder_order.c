// SPDX-License-Identifier: GPL-2.0
/*
 * An error ladder whose labels release the mappings in the order they were
 * taken.  The success path is right; only the error path is out of order,
 * so only the inputs that fail show it.
 */
#include <linux/highmem.h>
#include <linux/errno.h>
#include <linux/string.h>
#include <hmcase.h>

static int apply_delta(struct page *base, struct page *delta, bool bad)
{
	char *b, *d;

	b = kmap_local_page(base);
	d = kmap_local_page(delta);
	if (bad)
		goto err;
	memcpy(b, d, 16);
	kunmap_local(d);
	kunmap_local(b);
	return 0;
err:
	kunmap_local(b);	/* expect: order */
	kunmap_local(d);
	return -EINVAL;
}

HMCASE_INPUTS(2, 2);

void hmcase_run(const int *in)
{
	(void)apply_delta(hmcase_page(in[0]), hmcase_page(1), in[1]);
}
