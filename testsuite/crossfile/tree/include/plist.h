/* SPDX-License-Identifier: GPL-2.0 */
/* A page list that keeps its tail page mapped (lib/plist.c). */
#include "k.h"

struct plist {
	struct page *tail;
	void *mapped_tail;
	unsigned int length;
};

struct recon {
	struct plist *plist;
	int version;
};

/* Appends len bytes: maps a new tail page and keeps it mapped in pl. */
int plist_append(struct plist *pl, struct page *page, unsigned int len);
/* Unmaps the tail and frees the list. */
void plist_release(struct plist *pl);
struct plist *plist_new(void);
int plist_reserve(struct plist *pl, unsigned int n);
int send_message(struct recon *rs);

static inline int plist_encode_32(struct plist *pl, struct page *page)
{
	return plist_append(pl, page, 4);
}
