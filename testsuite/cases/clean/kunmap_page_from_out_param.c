// SPDX-License-Identifier: GPL-2.0
/*
 * A directory-style lookup: the helper kmap()s each page in turn, keeps
 * the one holding the entry mapped and hands it out through *res_page;
 * the caller kunmap()s that page, on its error path as well.
 */
#include <linux/highmem.h>
#include <linux/string.h>
#include <hmcase.h>

struct entry {
	int ino;
	int len;
};

static struct entry *find_entry(struct page **pages, int n, int ino,
				struct page **res_page)
{
	struct entry *found = NULL;
	struct page *page = NULL;
	int i;

	for (i = 0; i < n && !found; i++) {
		struct entry *de;

		page = pages[i];
		de = kmap(page);
		if (de->ino == ino)
			found = de;
		else
			kunmap(page);
	}
	if (found)
		*res_page = page;
	return found;
}

static void put_entry_page(struct page *page)
{
	kunmap(page);
}

static int rename_entry(struct page **pages, int n, int ino, int len)
{
	struct page *old_page;
	struct entry *old_de = find_entry(pages, n, ino, &old_page);

	if (!old_de)
		return -ENOENT;
	if (len > 16)
		goto out_old;
	old_de->len = len;
	put_entry_page(old_page);
	return 0;
out_old:
	kunmap(old_page);
	return -EINVAL;
}

HMCASE_INPUTS(2, 2, 3);

void hmcase_run(const int *in)
{
	struct page *pages[3];
	struct entry *de;
	int i;

	for (i = 0; i < 3; i++) {
		pages[i] = hmcase_page(in[0] ^ (i & 1));
		de = kmap_local_page(pages[i]);
		memset(de, 0, sizeof(*de));
		de->ino = i + 1;
		kunmap_local(de);
	}
	(void)rename_entry(pages, 3, in[2] + 1, in[1] ? 20 : 8);
}
