/* SPDX-License-Identifier: GPL-2.0 */
#define WALK_LAZY	0x1
#define WALK_ROOT	0x2
struct wref { int count; };
void wref_put(struct wref *ref);	/* lib/walk_ref.c */
