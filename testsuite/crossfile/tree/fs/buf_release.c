// SPDX-License-Identifier: GPL-2.0
/*
 * lib/bufput.c's put_buf() sleeps only for a buffer: a local set to NULL
 * and passed as it is (directly, or through put_via(), which passes its
 * parameter on to the other file) keeps it quiet; one that may have been
 * replaced does not.
 */
#include "k.h"
#include "bufput.h"

static spinlock_t buf_lock;

static void put_via(struct buf *b)
{
	put_buf(b);
}

void release_quiet(void)
{
	struct buf *b = 0;

	spin_lock(&buf_lock);
	put_buf(b);
	put_via(b);
	spin_unlock(&buf_lock);
}

void release_filled(void)
{
	struct buf *b = 0;

	fill_buf(&b);
	spin_lock(&buf_lock);
	put_via(b);
	spin_unlock(&buf_lock);
}

void release_maybe(int more)
{
	struct buf *b = 0;

	if (more)
		b = next_buf();
	spin_lock(&buf_lock);
	put_buf(b);
	spin_unlock(&buf_lock);
}
