// SPDX-License-Identifier: GPL-2.0
/* Contexts changed by functions in other files. */
#include "k.h"

/* The lock is dropped by the helper: the sleep after it is fine. */
void reset_dev(struct dev *d)
{
	spin_lock(&d->lock);
	unlock_dev(d);
	msleep(1);
}

/* A context this path holds no more is not left again here. */
int settle(struct page *page)
{
	int *v = kmap_atomic(page);
	int first = v[0];

	kunmap_atomic(v);
	settle_counters();
	msleep(1);
	return first;
}

/* Still under the lock when it sleeps. */
void reset_dev_badly(struct dev *d)
{
	spin_lock(&d->lock);
	msleep(1);
	unlock_dev(d);
}
