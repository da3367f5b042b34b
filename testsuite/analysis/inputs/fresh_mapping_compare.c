#include "kapi.h"

/*
 * A cache refresh that retries (KVM's hva_to_pfn_retry()): it keeps the
 * cache's old address from its entry, maps the new page unless it is the
 * cache's own (then it reuses the old address), and on the next try
 * unmaps the previous try's mapping only `if (new != old)`.  A mapping
 * made on this path is not an address the function held before its first
 * call, so after a kmap() that test takes its true side: no leak when the
 * next lookup fails.  The twin sets `old` inside the loop, from the new
 * mapping itself: the test may go either way, and the unmap is skipped
 * for good.
 */
struct cache {
	void *vaddr;
	struct page *page;
};

struct page *lookup(struct cache *c);
int retry(struct cache *c);
void put_page(struct page *page);

int refresh(struct cache *c)
{
	void *old = c->vaddr;
	void *new = NULL;
	struct page *page = NULL;

	do {
		if (page) {
			if (new != old)
				kunmap(page);
			put_page(page);
		}
		page = lookup(c);
		if (!page)
			return -1;
		if (page == c->page)
			new = old;
		else
			new = kmap(page);
	} while (retry(c));
	c->vaddr = new;
	c->page = page;
	return 0;
}

int refresh_forgetful(struct cache *c)
{
	void *old = c->vaddr;
	void *new = NULL;
	struct page *page = NULL;

	do {
		if (page) {
			if (new != old)
				kunmap(page);
			put_page(page);
		}
		page = lookup(c);
		if (!page)
			return -1;
		if (page == c->page)
			new = old;
		else
			new = kmap(page);	/* expect: leak */
		old = new;
	} while (retry(c));
	c->vaddr = new;
	c->page = page;
	return 0;
}
