#include "kapi.h"

/*
 * A lookup helper keeps a page kmap()ed in a control structure the caller
 * owns; the caller hands that structure to a release function defined in
 * another file (the ceph readdir cache shape).  Whoever has the structure
 * can unmap: a handover, as long as this function unmaps nothing itself.
 */
struct cache_ctl {
	struct page *page;
	void **entries;
	int index;
};

void cache_release(struct cache_ctl *ctl);	/* defined elsewhere */
struct page *find_page(int index);

static void *find_entry(int idx, struct cache_ctl *ctl)
{
	if (!ctl->page) {
		ctl->page = find_page(idx);
		if (!ctl->page)
			return NULL;
		ctl->entries = kmap(ctl->page);
	}
	ctl->index = idx;
	return ctl->entries[idx];
}

int readdir_cached(int n)
{
	struct cache_ctl ctl = { 0 };
	int i, found = 0;

	for (i = 0; i < n; i++)
		if (find_entry(i, &ctl))
			found++;
	cache_release(&ctl);
	return found;
}

/* Nothing is handed to anybody: the kmap() stays. */
int readdir_forgets(int n)
{
	struct cache_ctl ctl = { 0 };

	if (find_entry(n, &ctl))	/* expect: leak */
		return 1;
	return 0;
}
