// SPDX-License-Identifier: GPL-2.0
/*
 * A live mapping handed to helpers that read and write through it (and do
 * not unmap it): the caller keeps ownership and releases it afterwards.
 */
#include <linux/highmem.h>
#include <linux/string.h>
#include <linux/types.h>
#include <hmcase.h>

struct log_header {
	u32 used;
	u32 generation;
};

static bool log_has_room(const struct log_header *hdr, u32 len)
{
	return hdr->used + len <= PAGE_SIZE - sizeof(*hdr);
}

static void log_append(struct log_header *hdr, const char *msg, u32 len)
{
	memcpy((char *)(hdr + 1) + hdr->used, msg, len);
	hdr->used += len;
}

static bool log_write(struct page *page, const char *msg, u32 len)
{
	struct log_header *hdr = kmap_local_page(page);
	bool ok = log_has_room(hdr, len);

	if (ok)
		log_append(hdr, msg, len);
	kunmap_local(hdr);
	return ok;
}

HMCASE_INPUTS(2);

void hmcase_run(const int *in)
{
	struct page *page = hmcase_page(in[0]);

	(void)log_write(page, "mounted", 7);
	(void)log_write(page, "clean", 5);
}
