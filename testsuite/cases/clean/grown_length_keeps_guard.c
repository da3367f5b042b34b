// SPDX-License-Identifier: GPL-2.0
/*
 * A transmit path maps a trailer fragment only when the buffer has paged
 * data (a predicate returning one length member), after a helper under a
 * lock appended that fragment: the helper only increases the length by
 * the trailer's size, so the second test of the predicate takes the same
 * side and unmaps.  Clean on every path, whichever the length and zone.
 */
#include <linux/highmem.h>
#include <linux/string.h>
#include <hmcase.h>

struct tx_frag {
	struct page *page;
	unsigned int offset;
};

struct tx_buffer {
	unsigned int len;
	unsigned int data_len;
	int nr_frags;
	struct tx_frag frags[4];
	unsigned char linear[64];
};

static struct page *trailer_page;
static int trailer_lock;

static inline bool tx_is_paged(const struct tx_buffer *buf)
{
	return buf->data_len;
}

static noinline int tx_append_trailer(struct tx_buffer *buf, int size)
{
	if (!trailer_page)
		return -ENOMEM;
	buf->frags[buf->nr_frags].page = trailer_page;
	buf->frags[buf->nr_frags].offset = 0;
	buf->nr_frags++;
	buf->len += size;
	buf->data_len += size;
	return 0;
}

static int tx_append_locked(struct tx_buffer *buf, int size)
{
	int rc;

	trailer_lock++;
	rc = tx_append_trailer(buf, size);
	trailer_lock--;
	return rc;
}

static int tx_send(struct tx_buffer *buf)
{
	unsigned char *cp;
	int size = 8;

	if (tx_is_paged(buf)) {
		struct tx_frag *frag;

		if (tx_append_locked(buf, size))
			return -ENOMEM;
		frag = &buf->frags[buf->nr_frags - 1];
		cp = (unsigned char *)kmap_atomic(frag->page) + frag->offset;
	} else {
		cp = buf->linear + buf->len;
		buf->len += size;
	}
	memset(cp, 0, size);
	if (tx_is_paged(buf))
		kunmap_atomic(cp);
	return 0;
}

HMCASE_INPUTS(2, 2, 2);

void hmcase_run(const int *in)
{
	struct tx_buffer buf = { .len = 16, .data_len = (unsigned int)in[1] * 100 };

	trailer_page = in[2] ? hmcase_page(in[0]) : NULL;
	tx_send(&buf);
}
