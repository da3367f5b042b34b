// SPDX-License-Identifier: GPL-2.0
/* Under kmap_atomic(): fs/event.c's events, with the gfp they pass. */
#include "k.h"

void event_post(int group);				/* fs/event.c */
void event_post_kernel(int group);			/* fs/event.c */
void event_post_gfp(int group, unsigned int gfp);	/* fs/event.c */
void event_post_more(int group, unsigned int gfp);	/* fs/event.c */

void post_atomic(struct page *page)
{
	char *v = kmap_atomic(page);

	event_post(v[0]);
	event_post_gfp(v[1], 0x820u);
	kunmap_atomic(v);
}

void post_kernel(struct page *page)
{
	char *v = kmap_atomic(page);

	event_post_kernel(v[0]);
	kunmap_atomic(v);
}

void post_gfp_kernel(struct page *page)
{
	char *v = kmap_atomic(page);

	event_post_gfp(v[0], 0xcc0u);
	kunmap_atomic(v);
}

void post_more(struct page *page)
{
	char *v = kmap_atomic(page);

	event_post_more(v[0], 0x820u);
	kunmap_atomic(v);
}
