#include "kapi.h"

/*
 * The page of a live mapping is not NULL: a later `if (page)` before the
 * unmap cannot take its false side (the fs/exec.c copy_strings shape, a
 * page kept mapped across iterations and released once at the end).
 */
struct page *get_arg_page(int pos);
void put_arg_page(struct page *page);

int copy_strings(int n, const char *str)
{
	struct page *kmapped_page = NULL;
	char *kaddr = NULL;
	int ret, pos;

	for (pos = 0; pos < n; pos++) {
		if (!kmapped_page || (pos & 7) == 0) {
			struct page *page = get_arg_page(pos);

			if (!page) {
				ret = -7;
				goto out;
			}
			if (kmapped_page) {
				kunmap_local(kaddr);
				put_arg_page(kmapped_page);
			}
			kmapped_page = page;
			kaddr = kmap_local_page(kmapped_page);
		}
		if (copy_from_user(kaddr + (pos & 7), str + pos, 1)) {
			ret = -14;
			goto out;
		}
	}
	ret = 0;
out:
	if (kmapped_page) {
		kunmap_local(kaddr);
		put_arg_page(kmapped_page);
	}
	return ret;
}

/* Tested, but the unmap forgotten on one side all the same. */
int copy_one(struct page *page, const char *str)
{
	char *kaddr = kmap_local_page(page);	/* expect: leak */

	if (copy_from_user(kaddr, str, 1))
		return -14;
	if (page)
		kunmap_local(kaddr);
	return 0;
}
