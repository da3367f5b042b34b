// SPDX-License-Identifier: GPL-2.0
/*
 * The storage's unmap invalidates its file in lib/bstore.c only `if
 * (file)`, a local loaded from the member: its call out keeps the test of
 * the member, and the resize, which stores NULL there before handing the
 * storage over under its lock, does not sleep (drivers/md/md-bitmap.c:2139,
 * sweep22).  Storing another file, it may.
 */
#include "bstore.h"

static void store_unmap(struct bstore *st)
{
	struct bfile *file = st->file;

	st->npages = 0;
	if (file) {
		bfile_invalidate(file);
		file->refs--;
	}
}

void bmap_resize(struct bmap *b)
{
	b->store.file = 0;
	spin_lock(&b->lock);
	store_unmap(&b->store);
	spin_unlock(&b->lock);
}

void bmap_replace(struct bmap *b, struct bfile *f)
{
	b->store.file = f;
	spin_lock(&b->lock);
	store_unmap(&b->store);
	spin_unlock(&b->lock);
}
