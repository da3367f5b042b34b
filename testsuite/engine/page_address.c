// SPDX-License-Identifier: GPL-2.0
/*
 * page_address.c - HASHED_PAGE_VIRTUAL: a highmem page has no virtual
 * address of its own, so the pkmap address it is mapped at is found through
 * page_address_htable, 2^PA_HASH_ORDER buckets hashed on the struct page
 * pointer, each a list of page_address_maps (one per pkmap slot).
 */
#include <stdint.h>
#include <stdlib.h>
#include "internal.h"
#include "list.h"

#define GOLDEN_RATIO_64 0x61C8864680B583EBull

/* Describes one page->virtual association */
struct page_address_map {
	struct page *page;
	void *virtual;
	struct list_head list;
};

static struct page_address_map *page_address_maps;	/* [LAST_PKMAP] */

/* Hash table bucket */
static struct page_address_slot {
	struct list_head lh;		/* List of page_address_maps */
	pthread_mutex_t lock;		/* Protect this bucket's list */
} *page_address_htable;

static unsigned int hash_ptr(const void *ptr, unsigned int bits)
{
	uint64_t val = (uint64_t)(uintptr_t)ptr;

	if (!bits)
		return 0;
	return (unsigned int)(val * GOLDEN_RATIO_64 >> (64 - bits));
}

static struct page_address_slot *page_slot(const struct page *page)
{
	return &page_address_htable[hash_ptr(page, hm_cfg.page_address_hash_bits)];
}

unsigned int hm_page_address_slot(const struct page *page)
{
	return hash_ptr(page, hm_cfg.page_address_hash_bits);
}

void *page_address(const struct page *page)
{
	struct page_address_slot *pas;
	struct page_address_map *pam;
	void *ret = NULL;

	if (!PageHighMem(page))
		return lowmem_page_address(page);

	pas = page_slot(page);
	pthread_mutex_lock(&pas->lock);
	list_for_each_entry(pam, &pas->lh, list) {
		if (pam->page == page) {
			ret = pam->virtual;
			break;
		}
	}
	pthread_mutex_unlock(&pas->lock);
	return ret;
}

void set_page_address(struct page *page, void *virtual)
{
	struct page_address_slot *pas;
	struct page_address_map *pam;

	if (!PageHighMem(page))
		hm_bug(__FILE__, __LINE__, "set_page_address() of a lowmem page");

	pas = page_slot(page);
	pthread_mutex_lock(&pas->lock);
	if (virtual) {		/* Add */
		pam = &page_address_maps[PKMAP_NR(virtual)];
		pam->page = page;
		pam->virtual = virtual;
		list_add_tail(&pam->list, &pas->lh);
	} else {		/* Remove */
		list_for_each_entry(pam, &pas->lh, list) {
			if (pam->page == page) {
				list_del(&pam->list);
				break;
			}
		}
	}
	pthread_mutex_unlock(&pas->lock);
}

void page_address_reset(void)
{
	unsigned int i, n = 1U << hm_cfg.page_address_hash_bits;

	for (i = 0; i < n; i++)
		INIT_LIST_HEAD(&page_address_htable[i].lh);
}

int page_address_init(void)
{
	unsigned int i, n = 1U << hm_cfg.page_address_hash_bits;

	page_address_maps = calloc(LAST_PKMAP, sizeof(*page_address_maps));
	page_address_htable = calloc(n, sizeof(*page_address_htable));
	if (!page_address_maps || !page_address_htable)
		return -1;
	for (i = 0; i < n; i++)
		pthread_mutex_init(&page_address_htable[i].lock, NULL);
	page_address_reset();
	return 0;
}

void page_address_fini(void)
{
	unsigned int i, n = 1U << hm_cfg.page_address_hash_bits;

	for (i = 0; page_address_htable && i < n; i++)
		pthread_mutex_destroy(&page_address_htable[i].lock);
	free(page_address_htable);
	free(page_address_maps);
	page_address_htable = NULL;
	page_address_maps = NULL;
}
