// SPDX-License-Identifier: GPL-2.0
/* __filemap_get_folio()'s shape: it locks (and may sleep) for FGP_LOCK only. */
#include "k.h"
#include "fgp.h"

static struct mutex *cache_mutex;

void *cache_get(struct space *m, unsigned long i, int fgp)
{
	if (fgp & FGP_LOCK)
		mutex_lock(cache_mutex);
	return i ? (void *)m : 0;
}
