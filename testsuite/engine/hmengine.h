/* SPDX-License-Identifier: GPL-2.0 */
/*
 * hmengine.h - the reference mapping engine: a userspace model of Linux 6.1
 * mm/highmem.c with real mappings, used as ground truth by the testsuite.
 *
 * A run, as the case runner does it:
 *
 *	hm_engine_init(NULL);			once per process
 *	for each input combination:
 *		hm_engine_reset();		fresh memory, slots, violations
 *		faulted = hm_run_protected(run_case, in);
 *		hm_task_exit();			"leak" for what is still mapped
 *		for (i = 0; i < hm_violation_count(); i++)
 *			use hm_violation(i)->rule, ->file, ->line, ->pc
 *	hm_engine_fini();
 *
 * Rules, with where they are placed (file:line of the call that triggers it):
 *	order		kunmap_local/kunmap_atomic of a live entry below the top
 *	unbalanced	unmap of nothing mapped (double unmap, NULL), enable
 *			without disable
 *	wrong-arg	kunmap() of a non-page or of a page only mapped locally;
 *			kunmap_local() of a page, of a kmap()/vmap() address, or
 *			(force_map) of a direct-map address
 *	depth		the map call that overflows the kmap_local stack
 *	sleep-in-atomic	the sleeping call (might_sleep) in atomic context
 *	leak		the map call of a mapping still held at hm_task_exit()
 *	use-after-unmap	file NULL, line 0: the faulting pc (resolve it with
 *			addr2line), the address, the slot and where it was unmapped
 * and internal ones: "pkmap-deadlock" (kmap() would wait forever: every slot
 * is held by the waiting thread), "double-lock", "bad-access".
 *
 * Thread safety: every function may be called from any thread, except
 * hm_engine_init/reset/fini, which want no other thread inside the engine.
 * A thread that ends without hm_task_exit() gives its slots back, unreported.
 * The differences from the kernel are listed in README.md.
 */
#ifndef HMENGINE_H
#define HMENGINE_H

#include <stdbool.h>
#include <stddef.h>

struct page;

struct hm_config {
	unsigned long nr_frames;	/* physical memory, in 4 KiB pages */
	unsigned long dma_frames;	/* ZONE_DMA is [0, dma_frames) */
	unsigned long highmem_start;	/* ZONE_HIGHMEM is [highmem_start, nr_frames) */
	unsigned int last_pkmap;	/* LAST_PKMAP: pkmap slots, a power of two */
	unsigned int pkmap_colors;	/* cache colours of the pkmap window, 1 = none */
	unsigned int page_address_hash_bits;	/* PA_HASH_ORDER: 7 in the kernel */
	unsigned int max_tasks;		/* threads holding kmap_local slots at once */
	unsigned int kmap_local_depth;	/* entries of the kmap_local stack */
	unsigned long vmap_pages;	/* size of the vmap window */
	/*
	 * CONFIG_DEBUG_KMAP_LOCAL_FORCE_MAP: map lowmem pages in kmap_local
	 * slots too (and track lowmem kmap() holds), so that ordering and
	 * leaks are caught whatever the zone.  Off: 6.1's plain behaviour,
	 * lowmem pages get their direct address and nothing is pushed.
	 */
	bool force_map;
	/*
	 * Remove a pkmap slot's mapping as soon as its last user kunmaps it
	 * (count 2 -> 1), not only at the next flush, so that a use after
	 * kunmap() faults.  The slot still needs a flush before reuse.
	 */
	bool pkmap_unmap_on_release;
	bool abort_on_violation;	/* print and abort(), like BUG(); else record */
};

/* The defaults: 1024 frames, 16 DMA, highmem from frame 512, LAST_PKMAP 512. */
void hm_config_default(struct hm_config *config);

/*
 * An architecture's pkmap window, as ARC sizes it: LAST_PKMAP is
 * pgdir_size / page_size.  The engine's own pages stay 4 KiB.  Returns 0, or
 * -1 if the sizes give no power of two of at least 2 slots.
 */
int hm_config_from_arch(struct hm_config *config, unsigned long page_size,
			unsigned long pgdir_size);

/* Returns 0, or -1 with a message on stderr.  NULL: the defaults. */
int hm_engine_init(const struct hm_config *config);
/* Fresh state between runs: memory zeroed, every window unmapped, no violations. */
void hm_engine_reset(void);
void hm_engine_fini(void);
const struct hm_config *hm_engine_config(void);

/*
 * Run fn(arg).  A fault in one of the engine's windows is recorded as
 * use-after-unmap and fn is abandoned (siglongjmp): returns 1; so does a
 * fatal violation (pkmap-deadlock).  Returns 0 if fn returned normally.
 * The calling thread's mappings are left as they were: call hm_task_exit().
 */
int hm_run_protected(void (*fn)(void *), void *arg);

/*
 * The calling thread's "task exit": a `leak` for each kmap_local entry still
 * live and each kmap() hold it has not released, at the map call; then its
 * mappings are released and its context (preempt, irq...) is reset.
 */
void hm_task_exit(void);

struct hm_violation {
	const char *rule;		/* "order", "leak", ... */
	char message[200];
	const char *file;		/* the triggering call; NULL for faults */
	int line;
	void *pc;			/* faults: the faulting instruction */
	void *address;			/* faults: the faulting address */
	const char *unmap_file;		/* faults: where the slot was last unmapped */
	int unmap_line;
	int task;			/* engine task number of the thread */
};

int hm_violation_count(void);
const struct hm_violation *hm_violation(int index);
/* How many of `rule` were recorded (tests). */
int hm_violation_count_rule(const char *rule);
void hm_violations_clear(void);
/* Print every violation, "file:line: rule: message", on stderr. */
void hm_violations_print(void);

/* Counters and state, for tests. */
unsigned long hm_tlb_flush_count(void);
int hm_pkmap_count(unsigned int nr);		/* pkmap_count[nr] */
unsigned int hm_pkmap_last_nr(void);		/* last_pkmap_nr (colour 0) */
int hm_pkmap_waiters(void);			/* tasks asleep in kmap_high() */
unsigned long hm_pkmap_sleep_count(void);	/* sleeps in kmap_high() so far */
void *hm_pkmap_addr(unsigned int nr);		/* PKMAP_ADDR(nr) */
unsigned int hm_page_address_slot(const struct page *page);	/* hash bucket */
int hm_kmap_local_depth(void);			/* live entries of this thread */
void *hm_frame(unsigned long pfn);		/* the frame through the direct map
						   or a private view of highmem */
int hm_task_number(void);

#endif
