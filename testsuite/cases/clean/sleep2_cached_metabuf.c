// SPDX-License-Identifier: GPL-2.0
/*
 * A buffer that caches a page and its mapping across calls: the reader
 * maps the page into the caller's buffer and returns an address in it, or
 * an error pointer when the page cannot be read; a wrapper passes the
 * reader's result on unchanged.  The caller tests for the error first, and
 * a put helper unmaps whichever kind the buffer holds.
 */
#include <linux/err.h>
#include <linux/highmem.h>
#include <linux/mm.h>
#include <hmcase.h>

enum map_kind { NO_MAP, MAP_KMAP, MAP_ATOMIC };

struct metabuf {
	struct page *page;
	void *base;
	enum map_kind kind;
};

struct store {
	struct page *pages[2];
	int broken;
};

static struct page *read_page(struct store *st, unsigned long index)
{
	if (st->broken == (int)index + 1)
		return ERR_PTR(-EIO);
	get_page(st->pages[index & 1]);
	return st->pages[index & 1];
}

static void unmap_metabuf(struct metabuf *buf)
{
	if (buf->kind == MAP_KMAP)
		kunmap(buf->page);
	else if (buf->kind == MAP_ATOMIC)
		kunmap_atomic(buf->base);
	buf->base = NULL;
	buf->kind = NO_MAP;
}

static void put_metabuf(struct metabuf *buf)
{
	if (!buf->page)
		return;
	unmap_metabuf(buf);
	put_page(buf->page);
	buf->page = NULL;
}

static void *read_buf(struct metabuf *buf, struct store *st,
		      unsigned long blk, enum map_kind kind)
{
	struct page *page = buf->page;

	if (!page) {
		page = read_page(st, blk);
		if (IS_ERR(page))
			return page;
		buf->page = page;
	}
	if (buf->kind == NO_MAP) {
		if (kind == MAP_KMAP)
			buf->base = kmap(page);
		else if (kind == MAP_ATOMIC)
			buf->base = kmap_atomic(page);
		buf->kind = kind;
	} else if (buf->kind != kind) {
		return ERR_PTR(-EFAULT);
	}
	if (kind == NO_MAP)
		return NULL;
	return buf->base + (blk & 7) * 512;
}

static void *read_metabuf(struct metabuf *buf, struct store *st,
			  unsigned long blk, enum map_kind kind)
{
	return read_buf(buf, st, blk, kind);
}

static int map_block(struct store *st, unsigned long blk, unsigned int *out)
{
	struct metabuf buf = { NULL, NULL, NO_MAP };
	unsigned int *addr;
	int err = 0;

	addr = read_metabuf(&buf, st, blk, MAP_KMAP);
	if (IS_ERR(addr)) {
		err = PTR_ERR(addr);
		goto out;
	}
	*out = *addr;
	put_metabuf(&buf);
out:
	return err;
}

HMCASE_INPUTS(2, 2, 3);

void hmcase_run(const int *in)
{
	struct store st = { .broken = in[2] };
	unsigned int value = 0;

	st.pages[0] = hmcase_page(in[0]);
	st.pages[1] = hmcase_page(in[1]);
	(void)map_block(&st, 0, &value);
	(void)map_block(&st, 1, &value);
}
