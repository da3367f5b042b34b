// SPDX-License-Identifier: GPL-2.0
/*
 * pkmap.c - permanent kernel mappings: kmap_high() and kunmap_high() over
 * LAST_PKMAP slots of the pkmap window, as in mm/highmem.c.
 *
 * pkmap_count[] is not a pure count:
 *  0 means the slot is not mapped, and has not been mapped since a TLB
 *    flush - it is usable.
 *  1 means there are no users, but it has been mapped since the last TLB
 *    flush - so we cannot use it.
 *  n means there are (n-1) current users of it.
 *
 * kmap_lock is a mutex and each colour's pkmap_map_wait a condition
 * variable, so a kmap_high() that finds every slot busy really sleeps until
 * a kunmap_high() wakes it.
 */
#include <stdlib.h>
#include "internal.h"

static int *pkmap_count;			/* [LAST_PKMAP] */
static struct page **pkmap_page_table;		/* the "PTE": the page, or NULL */
static bool *pkmap_present;			/* the mapping is really there */
static pthread_mutex_t kmap_lock = PTHREAD_MUTEX_INITIALIZER;
static unsigned int last_pkmap_nr;
static unsigned long tlb_flushes;
static unsigned long pkmap_sleeps;		/* how often a kmap() slept */

struct pkmap_wait_queue {
	pthread_cond_t wait;
	int waiters;			/* waitqueue_active() */
};
static struct pkmap_wait_queue *pkmap_map_wait;	/* one per colour */

#define lock_kmap()	pthread_mutex_lock(&kmap_lock)
#define unlock_kmap()	pthread_mutex_unlock(&kmap_lock)

/* Colour of the virtual address a page should be mapped at (xtensa's rule). */
static unsigned int get_pkmap_color(const struct page *page)
{
	return (unsigned int)page_to_pfn(page) & (hm_cfg.pkmap_colors - 1);
}

static unsigned int get_next_pkmap_nr(unsigned int color)
{
	last_pkmap_nr = (last_pkmap_nr + hm_cfg.pkmap_colors) & LAST_PKMAP_MASK;
	return last_pkmap_nr + color;
}

/* Wrapped around the end of the window: time to flush the unused slots. */
static int no_more_pkmaps(unsigned int pkmap_nr, unsigned int color)
{
	(void)color;
	return pkmap_nr < hm_cfg.pkmap_colors;
}

static int get_pkmap_entries_count(unsigned int color)
{
	(void)color;
	return (int)(LAST_PKMAP / hm_cfg.pkmap_colors);
}

static void flush_tlb_kernel_range(void)
{
	__atomic_add_fetch(&tlb_flushes, 1, __ATOMIC_RELAXED);
}

static void pkmap_set_pte(unsigned int nr, struct page *page)
{
	pkmap_page_table[nr] = page;
	window_map(&pkmap_window, nr, page_to_pfn(page));
	pkmap_present[nr] = true;
}

static void pkmap_clear_present(unsigned int nr, const struct hm_location *site)
{
	if (pkmap_present[nr])
		window_unmap(&pkmap_window, nr, site);
	pkmap_present[nr] = false;
}

static void flush_all_zero_pkmaps(void)
{
	unsigned int i;
	int need_flush = 0;

	for (i = 0; i < LAST_PKMAP; i++) {
		struct page *page;

		/*
		 * zero means we don't have anything to do, >1 means that it
		 * is still in use.  Only a count of 1 means that it is free
		 * but needs to be unmapped.
		 */
		if (pkmap_count[i] != 1)
			continue;
		pkmap_count[i] = 0;

		page = pkmap_page_table[i];
		if (!page)
			hm_bug(__FILE__, __LINE__, "pkmap slot in use without a pte");
		pkmap_page_table[i] = NULL;
		/* keep the kunmap() site that released it, for fault reports */
		pkmap_clear_present(i, NULL);
		set_page_address(page, NULL);
		need_flush = 1;
	}
	if (need_flush)
		flush_tlb_kernel_range();
}

void __kmap_flush_unused(void)
{
	lock_kmap();
	flush_all_zero_pkmaps();
	unlock_kmap();
}

/* Users of the slots of `color`, and how many of them the caller is. */
static bool waiting_would_deadlock(unsigned int color)
{
	unsigned int i;
	int users = 0;

	for (i = color; i < LAST_PKMAP; i += hm_cfg.pkmap_colors)
		users += pkmap_count[i] > 1 ? pkmap_count[i] - 1 : 0;
	return users == holds_count_task_color(current->number, color);
}

/* Sleep for somebody else to unmap their entries (kmap_lock held). */
static void pkmap_wait(unsigned int color)
{
	struct pkmap_wait_queue *queue = &pkmap_map_wait[color];

	if (waiting_would_deadlock(color)) {
		unlock_kmap();
		violation_fatal("pkmap-deadlock",
				"kmap(): all %d pkmap slots are held by this task, it would wait forever",
				get_pkmap_entries_count(color));
	}
	queue->waiters++;
	pkmap_sleeps++;
	pthread_cond_wait(&queue->wait, &kmap_lock);
	queue->waiters--;
}

static unsigned long map_new_virtual(struct page *page)
{
	unsigned long vaddr;
	int count;
	unsigned int nr;
	unsigned int color = get_pkmap_color(page);

start:
	count = get_pkmap_entries_count(color);
	/* Find an empty entry */
	for (;;) {
		nr = get_next_pkmap_nr(color);
		if (no_more_pkmaps(nr, color)) {
			flush_all_zero_pkmaps();
			count = get_pkmap_entries_count(color);
		}
		if (!pkmap_count[nr])
			break;	/* Found a usable entry */
		if (--count)
			continue;

		pkmap_wait(color);
		/* Somebody else might have mapped it while we slept */
		if (page_address(page))
			return (unsigned long)page_address(page);
		/* Re-start */
		goto start;
	}
	vaddr = PKMAP_ADDR(nr);
	pkmap_set_pte(nr, page);
	pkmap_count[nr] = 1;
	set_page_address(page, (void *)vaddr);

	return vaddr;
}

void *kmap_high(struct page *page)
{
	unsigned long vaddr;
	unsigned int nr;

	if (!hm_is_page(page) || !PageHighMem(page))
		violation_fatal("wrong-arg", "kmap_high(%p): not a highmem page", (void *)page);
	/* For highmem pages, we can't trust "virtual" until after we have the lock. */
	lock_kmap();
	vaddr = (unsigned long)page_address(page);
	if (!vaddr)
		vaddr = map_new_virtual(page);
	nr = PKMAP_NR(vaddr);
	pkmap_count[nr]++;
	if (pkmap_count[nr] < 2)
		hm_bug(__FILE__, __LINE__, "pkmap_count below 2 after kmap_high");
	if (!pkmap_present[nr])		/* released early, see pkmap_release() */
		pkmap_set_pte(nr, page);
	holds_add(page);
	unlock_kmap();
	return (void *)vaddr;
}

/*
 * kunmap_high() without the bookkeeping of who held the page.  Returns
 * false, after recording `unbalanced`, where the kernel would BUG().
 */
bool pkmap_release(struct page *page)
{
	unsigned long vaddr;
	unsigned int nr, color = get_pkmap_color(page);
	int need_wakeup = 0;

	lock_kmap();
	vaddr = (unsigned long)page_address(page);
	if (!vaddr) {
		unlock_kmap();
		violation("unbalanced", "kunmap() of page pfn %lu, which kmap() has not mapped",
			  page_to_pfn(page));
		return false;
	}
	nr = PKMAP_NR(vaddr);
	/* A count must never go down to zero without a TLB flush! */
	switch (--pkmap_count[nr]) {
	case 0:
		pkmap_count[nr] = 1;
		unlock_kmap();
		violation("unbalanced", "kunmap() of page pfn %lu: its pkmap slot %u has no user left",
			  page_to_pfn(page), nr);
		return false;
	case 1:
		pkmap_window.unmapped_at[nr] = current->location;
		if (hm_cfg.pkmap_unmap_on_release)
			pkmap_clear_present(nr, &current->location);
		need_wakeup = pkmap_map_wait[color].waiters;
	}
	unlock_kmap();

	/* do wake-up, if needed, race-free: waiters sleep with kmap_lock dropped */
	if (need_wakeup)
		pthread_cond_broadcast(&pkmap_map_wait[color].wait);
	return true;
}

void kunmap_high(struct page *page)
{
	if (!hm_is_page(page) || !PageHighMem(page)) {
		violation("wrong-arg", "kunmap_high(%p): not a highmem page", (void *)page);
		return;
	}
	if (pkmap_release(page))
		holds_remove(page);
}

/* Whether kmap() holds the page: it has a slot with a user. */
bool pkmap_page_in_use(const struct page *page)
{
	void *vaddr;
	bool in_use = false;

	lock_kmap();
	vaddr = page_address(page);
	if (vaddr)
		in_use = pkmap_count[PKMAP_NR(vaddr)] > 1;
	unlock_kmap();
	return in_use;
}

struct page *__kmap_to_page(void *vaddr)
{
	if (window_contains(&pkmap_window, vaddr))
		return pkmap_page_table[PKMAP_NR(vaddr)];
	if (window_contains(&local_window, vaddr))
		return kmap_local_to_page(vaddr);
	if (hm_in_direct_map(vaddr))
		return pfn_to_page(window_index(&direct_window, vaddr));
	return NULL;
}

void pkmap_reset(void)
{
	unsigned int i;

	for (i = 0; i < LAST_PKMAP; i++) {
		pkmap_count[i] = 0;
		pkmap_page_table[i] = NULL;
		pkmap_present[i] = false;
	}
	for (i = 0; i < hm_cfg.pkmap_colors; i++)
		pkmap_map_wait[i].waiters = 0;
	last_pkmap_nr = 0;
	tlb_flushes = 0;
	pkmap_sleeps = 0;
	window_reset(&pkmap_window);
}

int pkmap_init(void)
{
	unsigned int i;

	pkmap_count = calloc(LAST_PKMAP, sizeof(*pkmap_count));
	pkmap_page_table = calloc(LAST_PKMAP, sizeof(*pkmap_page_table));
	pkmap_present = calloc(LAST_PKMAP, sizeof(*pkmap_present));
	pkmap_map_wait = calloc(hm_cfg.pkmap_colors, sizeof(*pkmap_map_wait));
	if (!pkmap_count || !pkmap_page_table || !pkmap_present || !pkmap_map_wait)
		return -1;
	for (i = 0; i < hm_cfg.pkmap_colors; i++)
		pthread_cond_init(&pkmap_map_wait[i].wait, NULL);
	return window_reserve(&pkmap_window, "pkmap", LAST_PKMAP);
}

void pkmap_fini(void)
{
	unsigned int i;

	for (i = 0; pkmap_map_wait && i < hm_cfg.pkmap_colors; i++)
		pthread_cond_destroy(&pkmap_map_wait[i].wait);
	window_release(&pkmap_window);
	free(pkmap_count);
	free(pkmap_page_table);
	free(pkmap_present);
	free(pkmap_map_wait);
	pkmap_count = NULL;
	pkmap_page_table = NULL;
	pkmap_present = NULL;
	pkmap_map_wait = NULL;
}

unsigned long hm_tlb_flush_count(void)
{
	return __atomic_load_n(&tlb_flushes, __ATOMIC_RELAXED);
}

int hm_pkmap_count(unsigned int nr)
{
	int count;

	if (nr >= LAST_PKMAP)
		return -1;
	lock_kmap();
	count = pkmap_count[nr];
	unlock_kmap();
	return count;
}

unsigned int hm_pkmap_last_nr(void)
{
	return last_pkmap_nr;
}

unsigned long hm_pkmap_sleep_count(void)
{
	unsigned long sleeps;

	lock_kmap();
	sleeps = pkmap_sleeps;
	unlock_kmap();
	return sleeps;
}

int hm_pkmap_waiters(void)
{
	unsigned int i;
	int waiters = 0;

	lock_kmap();
	for (i = 0; i < hm_cfg.pkmap_colors; i++)
		waiters += pkmap_map_wait[i].waiters;
	unlock_kmap();
	return waiters;
}

void *hm_pkmap_addr(unsigned int nr)
{
	return (void *)PKMAP_ADDR(nr);
}
