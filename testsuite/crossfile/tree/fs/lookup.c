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

int entry_ino_leaky(struct dir *dir, int ino)
{
	struct page *page;
	struct dir_entry *de = find_entry(dir, ino, &page);

	if (!de)
		return 0;
	return de->ino;
}
