// SPDX-License-Identifier: GPL-2.0
/*
 * Encodes into the state's page list; when it is full, sends it and goes
 * on in the new list the state then holds.  The old list's tail mapping
 * stays in the old list, whose release unmaps it: nothing leaks here.
 */
#include "plist.h"

static int send_partial(struct recon *rs)
{
	int err = send_message(rs);

	plist_release(rs->plist);
	rs->plist = plist_new();
	return err;
}

int encode_all(struct recon *rs, struct page *page, int n)
{
	struct plist *pl = rs->plist;
	int i, err = 0;

	if (rs->version >= 4) {
		err = plist_encode_32(pl, page);
		if (err < 0)
			return err;
	}
	for (i = 0; i < n; i++) {
		if (pl->length > 4096) {
			err = send_partial(rs);
			if (err)
				return err;
			pl = rs->plist;
		}
		err = plist_reserve(pl, 8);
		if (err)
			return err;
		plist_encode_32(pl, page);
	}
	return err;
}
