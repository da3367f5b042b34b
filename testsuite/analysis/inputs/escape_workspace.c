#include "kapi.h"

/*
 * A decompressor's workspace is the caller's (heap) memory: an input
 * pointer left in it after the page is unmapped dangles, unless it is
 * pointed elsewhere before returning (the btrfs zlib/zstd shapes).
 */
struct stream {
	const unsigned char *next_in;
	unsigned int avail_in;
};

struct workspace {
	struct stream strm;
	unsigned char *buf;
};

int inflate_init(struct stream *strm);
int inflate_step(struct stream *strm);

int decompress_first(struct workspace *ws, struct page *in)
{
	struct workspace *w = ws;
	unsigned char *data_in = kmap_local_page(in);

	w->strm.next_in = data_in;	/* expect: escape */
	w->strm.avail_in = PAGE_SIZE;
	if (inflate_init(&w->strm)) {
		kunmap_local(data_in);
		return -5;
	}
	inflate_step(&w->strm);
	w->strm.next_in = w->buf;
	kunmap_local(data_in);
	return 0;
}

/* Pointed back at the workspace's own buffer on every path: no escape. */
int decompress_reset(struct workspace *ws, struct page *in)
{
	unsigned char *data_in = kmap_local_page(in);
	int ret;

	ws->strm.next_in = data_in;
	ret = inflate_step(&ws->strm);
	ws->strm.next_in = ws->buf;
	kunmap_local(data_in);
	return ret;
}

/* A structure in this function's frame dies with it. */
int decompress_local(struct page *in)
{
	struct stream strm;
	int ret;

	strm.next_in = kmap_local_page(in);
	ret = inflate_step(&strm);
	kunmap_local(strm.next_in);
	return ret;
}
