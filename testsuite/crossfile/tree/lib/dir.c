// SPDX-License-Identifier: GPL-2.0
/* Directory helpers in the minix/ufs shape: a lookup hands its caller a
 * kmap()ed page with the entry, a put helper releases it. */
#include "k.h"

void put_dir_page(struct page *page)
{
	kunmap(page);
}

struct dir_entry *find_entry(struct dir *dir, int ino, struct page **res_page)
{
	int i;

	for (i = 0; i < dir->npages; i++) {
		struct page *page = dir->pages[i];
		struct dir_entry *de = kmap(page);

		if (de->ino == ino) {
			*res_page = page;
			return de;
		}
		put_dir_page(page);
	}
	return 0;
}
