// SPDX-License-Identifier: GPL-2.0
/*
 * A transmit path maps the trailer fragment when the buffer has paged data
 * and tests that again to unmap, after a helper of another file appended
 * the fragment (data_len only grows: the test takes the same side) or
 * reset the buffer (data_len is 0: the mapping may leak).
 */
#include "trailer.h"

static spinlock_t trailer_lock;

static int append_locked(struct tbuf *buf, int size)
{
	int rc;

	spin_lock(&trailer_lock);
	rc = trailer_append(buf, size);
	spin_unlock(&trailer_lock);
	return rc;
}

int xmit_grown(struct tbuf *buf)
{
	char *cp = 0;
	int size = 8;

	if (tbuf_is_paged(buf)) {
		if (append_locked(buf, size))
			return -12;
		cp = kmap_atomic(buf->frags[buf->nr_frags - 1].page);
		cp[0] = 0;
	}
	if (tbuf_is_paged(buf))
		kunmap_atomic(cp);
	return 0;
}

int xmit_reset(struct tbuf *buf)
{
	char *cp = 0;

	if (tbuf_is_paged(buf))
		cp = kmap_atomic(buf->frags[0].page);
	trailer_reset(buf);
	if (tbuf_is_paged(buf))
		kunmap_atomic(cp);
	return 0;
}
