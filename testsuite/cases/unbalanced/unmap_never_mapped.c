// SPDX-License-Identifier: GPL-2.0
/*
 * The map and the unmap are guarded by different flags: when only the
 * unmap's flag is set, kunmap_local() is handed a NULL pointer that was
 * never mapped.
 */
#include <linux/highmem.h>
#include <linux/string.h>
#include <hmcase.h>

static void sync_page(struct page *page, bool read, bool write)
{
	char *p = NULL;

	if (read)
		p = kmap_local_page(page);
	if (write)
		kunmap_local(p);	/* expect: unbalanced */
	else if (read)
		kunmap_local(p);
}

HMCASE_INPUTS(2, 2, 2);

void hmcase_run(const int *in)
{
	sync_page(hmcase_page(in[0]), in[1], in[2]);
}
