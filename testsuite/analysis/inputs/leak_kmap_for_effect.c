#include "kapi.h"

/*
 * A metadata cache keeps its pages kmap()ed while they carry private data:
 * the helper maps for the effect, a later remove helper unmaps (the jfs
 * metapage shape).  The caller gets no address and kunmap()s nothing: the
 * page's owner releases it, not this function.
 */
struct meta {
	void *data;
	int count;
};

struct page *grab_page(int index);
void unlock_page(struct page *page);
void set_page_private(struct page *page, unsigned long data);
void *page_address(const struct page *page);

static inline int insert_meta(struct page *page, struct meta *mp)
{
	if (mp) {
		set_page_private(page, (unsigned long)mp);
		kmap(page);
	}
	return 0;
}

struct meta *get_meta(int index, struct meta *mp)
{
	struct page *page = grab_page(index);

	if (!page)
		return NULL;
	mp->data = page_address(page);
	if (insert_meta(page, mp))
		return NULL;
	unlock_page(page);
	return mp;
}

/* This one kunmap()s, but not on every path. */
int peek_meta(int index, struct meta *mp)
{
	struct page *page = grab_page(index);

	if (!page)
		return -1;
	insert_meta(page, mp);	/* expect: leak */
	if (mp->count)
		return 1;
	kunmap(page);
	return 0;
}
