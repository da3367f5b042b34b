/* SPDX-License-Identifier: GPL-2.0 */
/*
 * hm/kernel_abi.h - what the kshim headers and the reference engine share:
 * the layout of struct page, struct folio and the lock types, and the
 * kernel-named functions the engine implements (mm/highmem.c and friends).
 *
 * Engine functions that can report a violation place it at the "current
 * location", set by hm_here().  The kshim headers wrap every API call in a
 * macro of the same name that calls hm_here(__FILE__, __LINE__) first, so a
 * violation names the line of the call in the kernel-style source.
 */
#ifndef HM_KERNEL_ABI_H
#define HM_KERNEL_ABI_H

#include <stdbool.h>
#include <stddef.h>

#define PAGE_SHIFT	12
#define PAGE_SIZE	(1UL << PAGE_SHIFT)
#define PAGE_MASK	(~(PAGE_SIZE - 1))

/* Only on x86-32 PAE is it wider; the engine models a 64-bit host. */
typedef unsigned int gfp_t;
typedef struct { unsigned long pgprot; } pgprot_t;
typedef struct { unsigned long pte; } pte_t;

/* page->flags: the zone lives in the top bits, as in the kernel. */
enum zone_type {
	ZONE_DMA,
	ZONE_NORMAL,
	ZONE_HIGHMEM,
	MAX_NR_ZONES
};
#define ZONES_WIDTH	2
#define ZONES_PGSHIFT	(sizeof(unsigned long) * 8 - ZONES_WIDTH)
#define ZONES_MASK	((1UL << ZONES_WIDTH) - 1)

enum pageflags {
	PG_locked,
	PG_referenced,
	PG_uptodate,
	PG_dirty,
	PG_head,		/* first page of a folio of more than one page */
	PG_private,
};

struct address_space;

struct page {
	unsigned long flags;
	unsigned long compound_head;	/* tail pages: head | 1 */
	unsigned int compound_order;	/* head pages */
	int refcount;
	struct address_space *mapping;
	unsigned long index;
	unsigned long private;
};

/* A folio is its head page, as in 6.1 where the two overlay. */
struct folio {
	struct page page;
};

typedef struct spinlock {
	int locked;
	int owner;		/* task number of the holder, for self-deadlock */
} spinlock_t;

struct mutex {
	int locked;
	int owner;
};

struct semaphore {
	int count;
};

/* Reader-writer locks: state -1 is a writer, n >= 0 that many readers. */
typedef struct rwlock {
	int state;
	int owner;		/* the writer's task number */
} rwlock_t;

struct rw_semaphore {
	int state;
	int owner;
};

struct completion {
	int done;
};

/* The engine's memory map. */
extern struct page *mem_map;
extern unsigned long max_mapnr;

/* Where the next violation is placed: the caller's file and line. */
void hm_here(const char *file, int line);
#define HM_HERE()	hm_here(__FILE__, __LINE__)

/* mm/highmem.c */
void *kmap_high(struct page *page);
void kunmap_high(struct page *page);
void __kmap_flush_unused(void);
struct page *__kmap_to_page(void *addr);
void *__kmap_local_pfn_prot(unsigned long pfn, pgprot_t prot);
void *__kmap_local_page_prot(struct page *page, pgprot_t prot);
void kunmap_local_indexed(const void *vaddr);
void *page_address(const struct page *page);
void set_page_address(struct page *page, void *virtual);
void *lowmem_page_address(const struct page *page);
void zero_user_segments(struct page *page, unsigned start1, unsigned end1,
			unsigned start2, unsigned end2);

/*
 * Debug hooks the kshim kmap()/kunmap() call where the kernel's do nothing:
 * lowmem holds are tracked too (leak and unbalanced whatever the zone), and
 * kunmap() checks that it was given a page.  kunmap_debug_check() returns
 * false (after recording the violation) when kunmap must not go on.
 */
void kmap_debug_lowmem_hold(struct page *page);
bool kunmap_debug_check(struct page *page);

/* Context: preempt, softirq, page faults, interrupts (kernel/sched, irqflags). */
void preempt_count_add(int val);
void preempt_count_sub(int val);
int preempt_count(void);
void migrate_disable(void);
void migrate_enable(void);
void pagefault_disable(void);
void pagefault_enable(void);
bool pagefault_disabled(void);
void hm_local_irq_disable(void);
void hm_local_irq_enable(void);
unsigned long hm_local_irq_save(void);
void hm_local_irq_restore(unsigned long flags);
bool hm_irqs_disabled(void);
void local_bh_disable(void);
void local_bh_enable(void);
void __rcu_read_lock(void);
void __rcu_read_unlock(void);

/* might_sleep()/might_fault(): the kernel's out-of-line halves. */
void __might_sleep(const char *file, int line);
void __might_fault(const char *file, int line);
/* The same, at the current location (for the kshim's inline bodies). */
void hm_might_sleep(void);
void hm_might_fault(void);

/* Locks: real exclusion between threads, with the context bookkeeping. */
void hm_spin_lock(spinlock_t *lock);
void hm_spin_unlock(spinlock_t *lock);
int hm_spin_trylock(spinlock_t *lock);
void hm_mutex_lock(struct mutex *lock);
int hm_mutex_trylock(struct mutex *lock);
void hm_mutex_unlock(struct mutex *lock);
bool hm_mutex_is_locked(struct mutex *lock);
void hm_down(struct semaphore *sem);
int hm_down_trylock(struct semaphore *sem);
void hm_up(struct semaphore *sem);
void hm_read_lock(rwlock_t *lock);
void hm_read_unlock(rwlock_t *lock);
void hm_write_lock(rwlock_t *lock);
void hm_write_unlock(rwlock_t *lock);
void hm_down_read(struct rw_semaphore *sem);
void hm_up_read(struct rw_semaphore *sem);
void hm_down_write(struct rw_semaphore *sem);
void hm_up_write(struct rw_semaphore *sem);
void hm_wait_for_completion(struct completion *done);

/* A sleep: might_sleep() and a tiny real wait. */
void hm_sleep(unsigned long microseconds);
/* schedule(): the scheduler's own check, not might_sleep(); see context.c. */
void hm_schedule(void);
/* One turn of a wait_event() loop; a wait of seconds is a deadlock. */
void hm_wait_poll(unsigned long *turns);

/* The direct map: __va(), __pa(), virt_to_page() (NULL off the direct map). */
void *hm_va(unsigned long physical);
unsigned long hm_pa(const void *virtual);
struct page *hm_virt_to_page(const void *virtual);

/* Pages. */
struct page *hm_alloc_pages(gfp_t gfp, unsigned int order);
void hm_free_pages(struct page *page, unsigned int order);

/* User copies: the fault model of arch/x86/lib/usercopy (see hmcase_short_copy). */
unsigned long hm_copy_user(void *to, const void *from, unsigned long n);

/* vmalloc.c */
void *vmap(struct page **pages, unsigned int count, unsigned long flags, pgprot_t prot);
void vunmap(const void *addr);

/* BUG(): a violation of the engine's own invariants, never returns. */
void hm_bug(const char *file, int line, const char *what) __attribute__((noreturn));

#endif
