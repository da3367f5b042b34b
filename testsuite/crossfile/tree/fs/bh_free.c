// SPDX-License-Identifier: GPL-2.0
/*
 * Buffers released through lib/vbuf.c, by way of a helper of this file:
 * with bottom halves disabled vfree() defers its work, elsewhere in atomic
 * context it may sleep.
 */
#include "k.h"

void vbuf_release(void *buf);	/* lib/vbuf.c */
void spin_lock_bh(spinlock_t *lock);
void spin_unlock_bh(spinlock_t *lock);

struct cache { spinlock_t lock; void *buf; };

static void cache_drop(struct cache *c)
{
	vbuf_release(c->buf);
	c->buf = 0;
}

void cache_trim_bh(struct cache *c, struct page *page)
{
	char *v;

	spin_lock_bh(&c->lock);
	v = kmap_atomic(page);
	v[0] = 0;
	cache_drop(c);
	kunmap_atomic(v);
	spin_unlock_bh(&c->lock);
}

void cache_trim(struct cache *c, struct page *page)
{
	char *v = kmap_atomic(page);

	v[0] = 0;
	cache_drop(c);
	kunmap_atomic(v);
}
