// SPDX-License-Identifier: GPL-2.0
/*
 * Under kmap_atomic(), lib/frames.c's sender is called with a code that
 * does not wait (no sleep) and with one that does (a sleep).
 */
#include "k.h"
#include "frames.h"

int frame_post(struct page *page)
{
	char *p = kmap_atomic(page);
	int n = frame_send(p[0], FRAME_PROBE) + frame_send(p[1], FRAME_REQUEST);

	kunmap_atomic(p);
	return n;
}

int frame_post_teardown(struct page *page)
{
	char *p = kmap_atomic(page);
	int n = frame_send(p[0], FRAME_TEARDOWN);

	kunmap_atomic(p);
	return n;
}
