/* SPDX-License-Identifier: GPL-2.0 */
/* A buffer with paged fragments, and trailer helpers of lib/trailer.c. */
#include "k.h"

struct tbuf_frag { struct page *page; unsigned int offset; };
struct tbuf {
	unsigned int len, data_len;
	int nr_frags;
	struct tbuf_frag frags[4];
};

static inline int tbuf_is_paged(const struct tbuf *buf)
{
	return buf->data_len;
}

/* Appends a fragment: data_len grows by size (lib/trailer.c). */
int trailer_append(struct tbuf *buf, int size);
/* Drops every fragment: data_len becomes 0 (lib/trailer.c). */
void trailer_reset(struct tbuf *buf);
