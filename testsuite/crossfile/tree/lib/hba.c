// SPDX-License-Identifier: GPL-2.0
/*
 * hba_match() reads the adapter and counts an abort in it, never its
 * revision; hba_reset_rev() writes the revision.
 */
#include "hba.h"

int hba_match(struct hba *h, struct hba_ring *r, int tag)
{
	if (h->rev == 3 && !tag)
		return 0;
	h->aborts++;
	return r->pending == tag;
}

void hba_reset_rev(struct hba *h, struct hba_ring *r)
{
	h->rev = r->pending;
}
