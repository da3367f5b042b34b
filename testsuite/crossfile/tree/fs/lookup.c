// SPDX-License-Identifier: GPL-2.0
/* Callers of the directory helpers in lib/dir.c. */
#include "k.h"

int entry_exists(struct dir *dir, int ino)
{
	struct page *page;
	struct dir_entry *de = find_entry(dir, ino, &page);

	if (!de)
		return 0;
	put_dir_page(page);
	return 1;
}

/* Unmaps the page itself, but not on the early return. */
int entry_ino_leaky(struct dir *dir, int ino)
{
	struct page *page;
	struct dir_entry *de = find_entry(dir, ino, &page);
	int n;

	if (!de)
		return 0;
	n = de->ino;
	if (n < 0)
		return -1;
	kunmap(page);
	return n;
}

/* Never unmaps what lib/dir.c mapped: that is lib/dir.c's helpers' job. */
struct dir_entry *entry_keep(struct dir *dir, int ino, struct page **pagep)
{
	return find_entry(dir, ino, pagep);
}

/* Reads the entry and leaves the page to lib/dir.c's own release path. */
int entry_ino_peek(struct dir *dir, int ino)
{
	struct page *page;
	struct dir_entry *de = find_entry(dir, ino, &page);

	return de ? de->ino : 0;
}
