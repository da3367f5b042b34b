// SPDX-License-Identifier: GPL-2.0
/*
 * A page is mapped only when the setup needs a copy, and unmapped on the
 * same test after lib/grant_iter.c walked its grants with a callback of
 * this file (drivers/block/xen-blkfront.c:833 with --db, session 13).
 * grant_count() never writes need_copy: balanced.  grant_clear() does,
 * and grant_mystery() is defined nowhere: the mapping may leak.
 */
#include "grant.h"

struct setup { int need_copy; int grants; char *buf; };

int grant_mystery(struct page *pg, struct setup *s);	/* defined nowhere */

static void grant_count(void *data, int grant)
{
	struct setup *s = data;

	s->grants += grant;
}

static void grant_clear(void *data, int grant)
{
	struct setup *s = data;

	s->need_copy = grant;
}

int grant_copy(struct page *pg, int need)
{
	struct setup setup = { .need_copy = need };

	if (setup.need_copy)
		setup.buf = kmap_atomic(pg);
	grant_foreach(pg, grant_count, &setup);
	if (setup.need_copy)
		kunmap_atomic(setup.buf);
	return setup.grants;
}

int grant_copy_clear(struct page *pg, int need)
{
	struct setup setup = { .need_copy = need };

	if (setup.need_copy)
		setup.buf = kmap_atomic(pg);
	grant_foreach(pg, grant_clear, &setup);
	if (setup.need_copy)
		kunmap_atomic(setup.buf);
	return setup.grants;
}

int grant_copy_unknown(struct page *pg, int need)
{
	struct setup setup = { .need_copy = need };

	if (setup.need_copy)
		setup.buf = kmap_atomic(pg);
	grant_mystery(pg, &setup);
	if (setup.need_copy)
		kunmap_atomic(setup.buf);
	return setup.grants;
}
