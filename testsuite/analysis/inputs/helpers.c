#include "kapi.h"

struct cursor {
	struct page *page;
	char *vaddr;
	int pos;
};

static void cursor_map(struct cursor *cur, struct page *page)
{
	cur->page = page;
	cur->vaddr = kmap_local_page(page);
	cur->pos = 0;
}

static void cursor_unmap(struct cursor *cur)
{
	kunmap_local(cur->vaddr);
	cur->vaddr = NULL;
}

void cursor_user(struct page *page)
{
	struct cursor cur;

	cursor_map(&cur, page);
	cur.vaddr[0] = 1;
	cursor_unmap(&cur);
}

static void *get_addr(struct page *page)
{
	return kmap_local_page(page);
}

static void put_addr(void *addr)
{
	kunmap_local(addr);
}

static void *get_addr_again(struct page *page)
{
	return get_addr(page);
}

void wrapper_user(struct page *a, struct page *b)
{
	char *x = get_addr_again(a);
	char *y = get_addr(b);

	memcpy(x, y, 4);
	put_addr(y);
	put_addr(x);
}

void wrapper_wrong_order(struct page *a, struct page *b)
{
	char *x = get_addr(a);
	char *y = get_addr(b);

	put_addr(x);	/* expect: order */
	put_addr(y);
}

void wrapper_leak(struct page *a)
{
	char *x = get_addr(a);	/* expect: leak */

	x[0] = 0;
}

static void map_into(struct page *page, void **out)
{
	*out = kmap_local_page(page);
}

void out_param_user(struct page *page)
{
	void *addr;

	map_into(page, &addr);
	memset(addr, 0, 8);
	kunmap_local(addr);
}

struct held {
	struct page *page;
	void *addr;
};

static int hold_page(struct page *page, struct held *h)
{
	if (!page)
		return -1;
	h->page = page;
	h->addr = kmap(page);
	return 0;
}

static void release_page(struct held *h)
{
	kunmap(h->page);
	h->addr = NULL;
}

int held_user(struct page *page)
{
	struct held h;
	int err = hold_page(page, &h);

	if (err)
		return err;
	((char *)h.addr)[0]++;
	release_page(&h);
	return 0;
}
