// SPDX-License-Identifier: GPL-2.0
/* Trailer helpers: one only grows the buffer's lengths, one resets them. */
#include "trailer.h"

static struct page *trailer_page;

int trailer_append(struct tbuf *buf, int size)
{
	if (!trailer_page)
		return -12;
	buf->frags[buf->nr_frags].page = trailer_page;
	buf->frags[buf->nr_frags].offset = 0;
	buf->nr_frags++;
	buf->len += size;
	buf->data_len += size;
	return 0;
}

void trailer_reset(struct tbuf *buf)
{
	buf->nr_frags = 0;
	buf->data_len = 0;
}
