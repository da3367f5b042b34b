/* SPDX-License-Identifier: GPL-2.0 */
struct window { struct page *page; int direct; int misses; };
/* lib/pin.c: 1 with *mapp mapped (or NULL), 0 with nothing held. */
int window_pin(struct window *w, char **mapp);
/* lib/pin.c: 1 or 0, *mapp mapped on both. */
int window_pin_always(struct window *w, char **mapp);
