// SPDX-License-Identifier: GPL-2.0
/* Under a spinlock, as mincore_pte_range() calls find_get_incore_page(). */
#include "k.h"
#include "fgp.h"

static spinlock_t pte_lock;

void *fgp_user(struct space *m, unsigned long i)
{
	void *a, *b, *c, *d;

	spin_lock(&pte_lock);
	a = find_incore(m, i);
	b = find_locked(m, i);
	c = find_flags(m, i, FGP_HEAD);
	d = find_flags(m, i, FGP_LOCK);
	spin_unlock(&pte_lock);
	return a ? a : b ? b : c ? c : d;
}
