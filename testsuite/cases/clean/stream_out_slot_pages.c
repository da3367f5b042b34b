// SPDX-License-Identifier: GPL-2.0
/*
 * A decompressor's output loop (erofs lzma shape): the stream's out slot
 * holds the current page's kmap() address or NULL, and says whether to
 * kunmap() the page; the decoder is handed the stream and only advances
 * its position.  `++no >= nr` ends the loop before `no < nr` is tested.
 */
#include <linux/highmem.h>
#include <linux/string.h>
#include <linux/errno.h>
#include <hmcase.h>

struct out_buf {
	unsigned char *out;
	unsigned int out_pos, out_size;
};

struct out_stream {
	struct out_buf buf;
	int fail_at;
};

static int decode_into(struct out_stream *strm, struct out_buf *b)
{
	if (b->out && b->out_pos < b->out_size)
		b->out[b->out_pos] = 0x5a;
	b->out_pos = b->out_size;
	return strm->fail_at-- == 0 ? -EIO : 0;
}

static int fill_pages(struct out_stream *strm, struct page **out, int nr)
{
	int no = -1, err = 0;

	strm->buf.out = NULL;
	strm->buf.out_pos = 0;
	strm->buf.out_size = 0;
	for (;;) {
		if (strm->buf.out_pos == strm->buf.out_size) {
			if (strm->buf.out) {
				kunmap(out[no]);
				strm->buf.out = NULL;
			}
			if (++no >= nr)
				break;
			strm->buf.out_pos = 0;
			strm->buf.out_size = PAGE_SIZE;
			if (out[no])
				strm->buf.out = kmap(out[no]);
		}
		err = decode_into(strm, &strm->buf);
		if (err)
			break;
	}
	if (no < nr && strm->buf.out) {
		kunmap(out[no]);
		strm->buf.out = NULL;
	}
	return err;
}

HMCASE_INPUTS(3, 3);

void hmcase_run(const int *in)
{
	struct page *pages[2] = { hmcase_page(0), in[0] ? hmcase_page(1) : NULL };
	struct out_stream strm = { .fail_at = in[1] };

	fill_pages(&strm, pages, 2);
}
