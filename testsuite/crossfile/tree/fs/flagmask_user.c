// SPDX-License-Identifier: GPL-2.0
/* fs/flagmask.c's wrappers called under a lock of this file. */
#include "k.h"
#include "flagmask.h"

static spinlock_t user_lock;

int flags_user(void)
{
	int n;

	spin_lock(&user_lock);
	n = lookup_flags(GET_NOWAIT);
	n += alloc_flags(G_WAIT);
	n += lookup_flags(GET_LOCK);
	n += alloc_flags(GFP_KERN);
	n += lookup_slow(GET_NOWAIT);
	n += lookup_slow(GET_CREATE);
	spin_unlock(&user_lock);
	return n;
}
