/* SPDX-License-Identifier: GPL-2.0 */
/*
 * internal.h - what the engine's files share.  Names follow mm/highmem.c
 * where the kernel has one.
 */
#ifndef HMENGINE_INTERNAL_H
#define HMENGINE_INTERNAL_H

#include <pthread.h>
#include <stdbool.h>
#include <hm/kernel_abi.h>
#include "hmengine.h"

#define KM_MAX_IDX_LIMIT	64	/* most entries a kmap_local stack may have */

extern struct hm_config hm_cfg;

/* A place in the kernel-style source. */
struct hm_location {
	const char *file;
	int line;
};

/* memory.c: frames, zones, the direct map */
int memory_init(void);
void memory_reset(void);
void memory_fini(void);
int memory_fd(void);
bool hm_is_page(const void *ptr);		/* inside mem_map, at a struct page */
bool hm_in_page_array(const void *ptr);	/* anywhere inside mem_map */
bool hm_in_direct_map(const void *ptr);
static inline unsigned long page_to_pfn(const struct page *page)
{
	return (unsigned long)(page - mem_map);
}
static inline struct page *pfn_to_page(unsigned long pfn)
{
	return mem_map + pfn;
}
static inline enum zone_type page_zonenum(const struct page *page)
{
	return (enum zone_type)((page->flags >> ZONES_PGSHIFT) & ZONES_MASK);
}
static inline bool PageHighMem(const struct page *page)
{
	return page_zonenum(page) == ZONE_HIGHMEM;
}

/* window.c: virtual ranges reserved PROT_NONE, where frames are mapped */
struct window {
	const char *name;
	char *base;
	unsigned long pages;
	struct hm_location *unmapped_at;	/* per page: the last unmap */
};
extern struct window pkmap_window, local_window, vmap_window, direct_window;
int window_reserve(struct window *w, const char *name, unsigned long pages);
void window_release(struct window *w);
void window_reset(struct window *w);
void window_map(struct window *w, unsigned long index, unsigned long pfn);
void window_unmap(struct window *w, unsigned long index,
		  const struct hm_location *site);
bool window_contains(const struct window *w, const void *addr);
unsigned long window_index(const struct window *w, const void *addr);

/* page_address.c: the page_address_htable */
int page_address_init(void);
void page_address_reset(void);
void page_address_fini(void);

/* pkmap.c */
#define PKMAP_ADDR(nr)	((unsigned long)pkmap_window.base + ((unsigned long)(nr) << PAGE_SHIFT))
#define PKMAP_NR(virt)	(((unsigned long)(virt) - (unsigned long)pkmap_window.base) >> PAGE_SHIFT)
#define LAST_PKMAP	(hm_cfg.last_pkmap)
#define LAST_PKMAP_MASK	(LAST_PKMAP - 1)
int pkmap_init(void);
void pkmap_reset(void);
void pkmap_fini(void);
bool pkmap_release(struct page *page);
bool pkmap_page_in_use(const struct page *page);

/* holds.c: who holds which kmap(), from where */
void holds_add(struct page *page);
bool holds_remove(struct page *page);
int holds_count_task_color(int task, unsigned int color);
void holds_task_exit(int task);
void holds_reset(void);
void holds_fini(void);

/* kmap_local.c */
bool kmap_local_page_is_live(const struct page *page);
struct page *kmap_local_to_page(const void *vaddr);
int kmap_local_init(void);
void kmap_local_reset(void);
void kmap_local_fini(void);
void kmap_local_task_exit(void);

/* task.c: the per-thread state (the kernel's `current`) */
struct kmap_entry {
	pte_t pteval;			/* pfn + 1, 0 = none */
	bool live;			/* false: unmapped out of order, popped later */
	struct hm_location site;	/* the map call */
};

struct kmap_ctrl {
	int idx;
	struct kmap_entry entries[KM_MAX_IDX_LIMIT];
};

struct task {
	unsigned int generation;	/* state from before a reset is stale */
	int number;
	int cpu;			/* block of kmap_local slots, -1 = none */
	struct kmap_ctrl kmap_ctrl;
	int preempt_count;
	int migrate_disable;
	int pagefault_disabled;
	int rcu_read_lock_nesting;
	bool irqs_disabled;
	struct hm_location atomic_since;	/* where atomic context began */
	struct hm_location location;
	void *protect;			/* sigjmp_buf of hm_run_protected */
	bool short_copy;
};
struct task *current_task(void);
#define current	(current_task())
int task_claim_cpu(struct task *task);
void task_release_cpu(struct task *task);
void tasks_reset(void);
int tasks_init(void);
void tasks_fini(void);

/* violation.c */
void violation(const char *rule, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void violation_at(const struct hm_location *where, const char *rule,
		  const char *fmt, ...) __attribute__((format(printf, 3, 4)));
void violation_fault(const char *rule, void *pc, void *address,
		     const struct hm_location *unmapped_at, const char *fmt, ...)
	__attribute__((format(printf, 5, 6)));
/* A violation the run cannot continue after: leaves hm_run_protected. */
void violation_fatal(const char *rule, const char *fmt, ...)
	__attribute__((format(printf, 2, 3), noreturn));

/* fault.c */
int fault_init(void);
void fault_fini(void);
void fault_leave(void) __attribute__((noreturn));

/* vmap.c */
int vmap_init(void);
void vmap_reset(void);
void vmap_fini(void);

/* hmcase.c */
void hmcase_reset(void);

#endif
