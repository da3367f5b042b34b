#include "kapi.h"

/*
 * A decompressor keeps its output mapping in the stream it hands to the
 * decoder (erofs lzma shape): the slot holds this function's kmap()
 * address or NULL, and `if (slot)` says whether to unmap.  A decoder
 * handed the stream reads the slot or advances it within the page; it
 * neither maps into it nor clears it, so NULL stays NULL across the call.
 */
struct stream_buf {
	const unsigned char *in;
	unsigned char *out;
	unsigned int out_pos, out_size;
};

struct stream {
	void *state;
	struct stream_buf buf;
};

int decode_step(void *state, struct stream_buf *b);

int decode_maybe_mapped(struct stream *strm, struct page *out, int have)
{
	int ret;

	strm->buf.out = NULL;
	strm->buf.out_pos = 0;
	if (have)
		strm->buf.out = kmap(out);
	strm->buf.out_size = 4096;
	ret = decode_step(strm->state, &strm->buf);
	if (strm->buf.out) {
		kunmap(out);
		strm->buf.out = NULL;
	}
	return ret;
}

/* The slot is not cleared after the unmap: the second test still holds. */
int decode_unmap_twice(struct stream *strm, struct page *out)
{
	int ret;

	strm->buf.out = NULL;
	strm->buf.out = kmap(out);
	ret = decode_step(strm->state, &strm->buf);
	if (strm->buf.out)
		kunmap(out);
	strm->buf.out_pos = 0;
	if (strm->buf.out)
		kunmap(out);	/* expect: unbalanced */
	strm->buf.out = NULL;
	return ret;
}
