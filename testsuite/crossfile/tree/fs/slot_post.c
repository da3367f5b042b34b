// SPDX-License-Identifier: GPL-2.0
/*
 * Under kmap_atomic(), lib/slots.c's lookup is called with one of its two
 * flags clear (no sleep) or both set (a sleep), and its send with a
 * buffer it has (no sleep) or with NULL (a sleep).
 */
#include "k.h"
#include "slots.h"

int slot_post(struct slots *t, struct page *page)
{
	struct msgbuf local;
	char *p = kmap_atomic(page);
	int n = slot_lookup(t, p[0], 0, 1) + slot_lookup(t, p[1], 1, 0);

	slot_send(t, &local);
	kunmap_atomic(p);
	return n;
}

int slot_post_locked(struct slots *t, struct page *page)
{
	char *p = kmap_atomic(page);
	int n = slot_lookup(t, p[0], 1, 1);

	slot_send(t, 0);
	kunmap_atomic(p);
	return n;
}
