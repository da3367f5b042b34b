// SPDX-License-Identifier: GPL-2.0
/*
 * find_get_incore_page()'s shape: two calls of cache_get() with different
 * flags, one through a static inline helper.  Each stays its own call
 * out with its own constant; merged, the flags argument was no constant
 * and find_incore() seemed to lock.  find_locked() passes FGP_LOCK once.
 */
#include "k.h"
#include "fgp.h"

static inline void *find_plain(struct space *m, unsigned long i)
{
	return cache_get(m, i, 0);
}

void *find_incore(struct space *m, unsigned long i)
{
	void *p = cache_get(m, i, FGP_ENTRY | FGP_HEAD);

	if (p)
		return p;
	return find_plain(m, i + 1);
}

void *find_locked(struct space *m, unsigned long i)
{
	void *p = cache_get(m, i, FGP_ENTRY | FGP_HEAD);

	if (p)
		return p;
	return cache_get(m, i, FGP_LOCK);
}

/* The caller's flags, or 0: two calls out, the flags passed on in one. */
void *find_flags(struct space *m, unsigned long i, int fgp)
{
	void *p = cache_get(m, i, fgp);

	if (p)
		return p;
	return find_plain(m, i + 1);
}
