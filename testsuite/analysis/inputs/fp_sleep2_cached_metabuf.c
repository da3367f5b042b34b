#include "kapi.h"

/*
 * A buffer that caches a page and its mapping across calls (erofs's
 * erofs_buf): the reader maps the page into the caller's buffer and
 * returns an address in it, or an error pointer when the page could not
 * be read; a wrapper passes the reader's result on unchanged.  The caller
 * tests for the error, and a put helper unmaps.  No leak on the error path.
 */
#define MAX_ERRNO	4095
#define IS_ERR(p)	((unsigned long)(void *)(p) >= (unsigned long)-MAX_ERRNO)
#define ERR_PTR(e)	((void *)(long)(e))
#define PTR_ERR(p)	((long)(p))

enum map_kind { NO_MAP, MAP_KMAP, MAP_ATOMIC };

struct metabuf {
	struct page *page;
	void *base;
	enum map_kind kind;
};

struct page *read_page(void *mapping, unsigned long index);
void put_page(struct page *page);

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

static void *read_buf(struct metabuf *buf, void *mapping, unsigned long blk,
		      enum map_kind kind)
{
	struct page *page = buf->page;

	if (!page) {
		page = read_page(mapping, blk);
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
		return ERR_PTR(-14);
	}
	if (kind == NO_MAP)
		return NULL;
	return buf->base + (blk & 7) * 512;
}

static void *read_metabuf(struct metabuf *buf, void *mapping,
			  unsigned long blk, enum map_kind kind)
{
	return read_buf(buf, mapping, blk, kind);
}

int map_block(void *mapping, unsigned long blk, unsigned int *out)
{
	struct metabuf buf = { NULL, NULL, NO_MAP };
	unsigned int *addr;
	int err = 0;

	addr = read_metabuf(&buf, mapping, blk, MAP_KMAP);
	if (IS_ERR(addr)) {
		err = PTR_ERR(addr);
		goto out;
	}
	*out = *addr;
	put_metabuf(&buf);
out:
	return err;
}

struct inline_map {
	void *data;
	void *private;
};

int begin_inline(void *mapping, unsigned long blk, struct inline_map *im)
{
	struct metabuf buf = { NULL, NULL, NO_MAP };
	void *ptr;

	ptr = read_metabuf(&buf, mapping, blk, MAP_KMAP);
	if (IS_ERR(ptr))
		return PTR_ERR(ptr);
	im->data = ptr;
	im->private = buf.base;
	return 0;
}
