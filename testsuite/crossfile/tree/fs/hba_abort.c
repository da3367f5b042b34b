// SPDX-License-Identifier: GPL-2.0
/*
 * The ring's lock is taken and dropped only for a revision 4 adapter,
 * tested twice around a call of lib/hba.c handed the adapter: balanced
 * when the callee never writes the revision (hba_abort), maybe not when
 * it does (hba_abort_reset) or nothing is known of it (hba_abort_unknown).
 */
#include "hba.h"

int hba_mystery(struct hba *h);	/* defined nowhere */

void hba_abort(struct hba *h, struct hba_ring *r, int tag)
{
	spin_lock(&h->lock);
	if (h->rev == 4)
		spin_lock(&r->lock);
	hba_match(h, r, tag);
	if (h->rev == 4)
		spin_unlock(&r->lock);
	spin_unlock(&h->lock);
	msleep(1);
}

void hba_abort_reset(struct hba *h, struct hba_ring *r)
{
	spin_lock(&h->lock);
	if (h->rev == 4)
		spin_lock(&r->lock);
	hba_reset_rev(h, r);
	if (h->rev == 4)
		spin_unlock(&r->lock);
	spin_unlock(&h->lock);
	msleep(1);
}

void hba_abort_unknown(struct hba *h, struct hba_ring *r)
{
	spin_lock(&h->lock);
	if (h->rev == 4)
		spin_lock(&r->lock);
	hba_mystery(h);
	if (h->rev == 4)
		spin_unlock(&r->lock);
	spin_unlock(&h->lock);
	msleep(1);
}
