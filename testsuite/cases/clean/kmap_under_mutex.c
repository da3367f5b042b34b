// SPDX-License-Identifier: GPL-2.0
/*
 * kmap() may sleep, and so may mutex_lock(): both in process context, which
 * is where kmap() belongs.  Clean.
 */
#include <linux/highmem.h>
#include <linux/mutex.h>
#include <linux/string.h>
#include <hmcase.h>

struct inode_info {
	struct mutex lock;
	struct page *page;
};

static void write_inline_data(struct inode_info *info, const char *data,
			      size_t len)
{
	char *addr;

	mutex_lock(&info->lock);
	addr = kmap(info->page);
	memcpy(addr, data, len);
	kunmap(info->page);
	mutex_unlock(&info->lock);
}

HMCASE_INPUTS(2);

void hmcase_run(const int *in)
{
	struct inode_info info;

	mutex_init(&info.lock);
	info.page = hmcase_page(in[0]);
	write_inline_data(&info, "inline", 6);
}
