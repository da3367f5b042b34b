// SPDX-License-Identifier: GPL-2.0
/*
 * kmap_local.c - CONFIG_KMAP_LOCAL: a per-task stack of short-lived
 * mappings, each in its own slot of the task's block of the local window
 * (the kernel's per-CPU fixmap slots).  Unmapping must name the top entry;
 * where the kernel would only WARN (and then clear the wrong slot), the
 * engine records the violation and unmaps what the caller named.
 */
#include "internal.h"

static inline int kmap_local_calc_idx(int cpu, int idx)
{
	return idx + KM_MAX_IDX_LIMIT * cpu;
}

static char *kmap_local_vaddr(int cpu, int idx)
{
	return local_window.base + (unsigned long)kmap_local_calc_idx(cpu, idx) * PAGE_SIZE;
}

/*
 * As 6.1: the index moves first, then BUG_ON(idx >= KM_MAX_IDX), so only
 * KM_MAX_IDX - 1 mappings can nest.  Here `depth`, and the map goes on.
 */
static inline int kmap_local_idx_push(void)
{
	struct task *task = current;

	if (task->kmap_ctrl.idx >= KM_MAX_IDX_LIMIT)
		violation_fatal("depth", "kmap_local: %d nested mappings, giving up",
				task->kmap_ctrl.idx);
	task->kmap_ctrl.idx += 1;
	if (task->kmap_ctrl.idx >= (int)hm_cfg.kmap_local_depth)
		violation("depth", "kmap_local: mapping %d reaches KM_MAX_IDX (%u): BUG_ON in kmap_local_idx_push()",
			  task->kmap_ctrl.idx, hm_cfg.kmap_local_depth);
	return task->kmap_ctrl.idx - 1;
}

static inline int kmap_local_idx(void)
{
	return current->kmap_ctrl.idx - 1;
}

/* Pop the top, and any entries below it already unmapped out of order. */
static inline void kmap_local_idx_pop(void)
{
	struct kmap_ctrl *ctrl = &current->kmap_ctrl;

	ctrl->idx -= 1;
	while (ctrl->idx > 0 && !ctrl->entries[ctrl->idx - 1].live)
		ctrl->idx -= 1;
	if (ctrl->idx < 0)
		hm_bug(__FILE__, __LINE__, "kmap_local stack underflow");
}

void *__kmap_local_pfn_prot(unsigned long pfn, pgprot_t prot)
{
	struct task *task = current;
	struct kmap_entry *entry;
	int idx, cpu;

	(void)prot;
	if (pfn >= max_mapnr)
		violation_fatal("wrong-arg", "kmap_local_pfn(%lu): no such frame", pfn);
	cpu = task_claim_cpu(task);
	if (cpu < 0)
		violation_fatal("depth", "kmap_local: more than %u tasks hold local mappings",
				hm_cfg.max_tasks);
	migrate_disable();
	task->preempt_count++;
	idx = kmap_local_idx_push();
	entry = &task->kmap_ctrl.entries[idx];
	if (entry->pteval.pte)
		hm_bug(__FILE__, __LINE__, "kmap_local slot already mapped");
	window_map(&local_window, (unsigned long)kmap_local_calc_idx(cpu, idx), pfn);
	entry->pteval.pte = pfn + 1;
	entry->live = true;
	entry->site = task->location;
	task->preempt_count--;
	return kmap_local_vaddr(cpu, idx);
}

void *__kmap_local_page_prot(struct page *page, pgprot_t prot)
{
	if (!hm_is_page(page))
		violation_fatal("wrong-arg", "kmap_local_page(%p): not a struct page",
				(void *)page);
	/*
	 * Map lowmem pages too when debugging (FORCE_MAP), so that their
	 * misuse is caught as well.
	 */
	if (!hm_cfg.force_map && !PageHighMem(page))
		return page_address(page);
	return __kmap_local_pfn_prot(page_to_pfn(page), prot);
}

static void kmap_local_clear(struct task *task, int idx)
{
	struct kmap_entry *entry = &task->kmap_ctrl.entries[idx];

	window_unmap(&local_window, (unsigned long)kmap_local_calc_idx(task->cpu, idx),
		     &task->location);
	entry->pteval.pte = 0;
	entry->live = false;
}

/*
 * An address outside the local window was never a kmap_local mapping.  The
 * wrong family (a page, a kmap() or vmap() address) is a wrong argument;
 * anything else, NULL included, is an unmap of nothing.
 */
static void kunmap_local_foreign(const void *vaddr)
{
	if (hm_in_page_array(vaddr))
		violation("wrong-arg", "kunmap_local(%p) of a struct page: it takes the address kmap_local_page() returned",
			  vaddr);
	else if (window_contains(&pkmap_window, vaddr))
		violation("wrong-arg", "kunmap_local(%p) of a kmap() address: release it with kunmap(page)",
			  vaddr);
	else if (window_contains(&vmap_window, vaddr))
		violation("wrong-arg", "kunmap_local(%p) of a vmap() address: release it with vunmap()",
			  vaddr);
	else if (!hm_in_direct_map(vaddr))
		violation("unbalanced", "kunmap_local(%p): nothing is mapped there",
			  vaddr);
	else if (hm_cfg.force_map)
		violation("wrong-arg", "kunmap_local(%p) of a direct-map address (page_address() or kmap() of lowmem)",
			  vaddr);
	/* else: a lowmem page's own address, which kmap_local gave out unpushed */
}

static int kunmap_local_entry(const struct task *task, const void *vaddr)
{
	unsigned long slot = window_index(&local_window, vaddr);
	int idx = (int)(slot % KM_MAX_IDX_LIMIT);

	if ((int)(slot / KM_MAX_IDX_LIMIT) != task->cpu || idx >= task->kmap_ctrl.idx ||
	    !task->kmap_ctrl.entries[idx].live)
		return -1;
	return idx;
}

void kunmap_local_indexed(const void *vaddr)
{
	struct task *task = current;
	int idx, top;

	if (!window_contains(&local_window, vaddr)) {
		kunmap_local_foreign(vaddr);
		return;
	}
	idx = kunmap_local_entry(task, vaddr);
	if (idx < 0) {
		violation("unbalanced", "kunmap_local(%p): nothing is mapped there (unmapped twice?)",
			  vaddr);
		return;
	}
	task->preempt_count++;
	top = kmap_local_idx();
	if (idx != top) {
		const struct hm_location *site = &task->kmap_ctrl.entries[top].site;

		violation("order", "kunmap_local(%p) unmaps entry %d, but the last one mapped is entry %d (%s:%d): unmap in reverse order",
			  vaddr, idx, top, site->file ? site->file : "?", site->line);
		kmap_local_clear(task, idx);
	} else {
		kmap_local_clear(task, idx);
		kmap_local_idx_pop();
	}
	task->preempt_count--;
	migrate_enable();
}

bool kmap_local_page_is_live(const struct page *page)
{
	struct task *task = current;
	unsigned long pte = page_to_pfn(page) + 1;
	int i;

	for (i = 0; i < task->kmap_ctrl.idx; i++)
		if (task->kmap_ctrl.entries[i].live &&
		    task->kmap_ctrl.entries[i].pteval.pte == pte)
			return true;
	return false;
}

struct page *kmap_local_to_page(const void *vaddr)
{
	struct task *task = current;
	int idx = kunmap_local_entry(task, vaddr);

	if (idx < 0)
		return NULL;
	return pfn_to_page(task->kmap_ctrl.entries[idx].pteval.pte - 1);
}

/* Task exit: whatever is still mapped is a leak at its map call. */
void kmap_local_task_exit(void)
{
	struct task *task = current;
	int i;

	for (i = 0; i < task->kmap_ctrl.idx; i++) {
		struct kmap_entry *entry = &task->kmap_ctrl.entries[i];

		if (!entry->live)
			continue;
		violation_at(&entry->site, "leak",
			     "kmap_local mapping of pfn %lu (entry %d) is still mapped at task exit",
			     entry->pteval.pte - 1, i);
		kmap_local_clear(task, i);
	}
	task->kmap_ctrl.idx = 0;
	task_release_cpu(task);
}

int hm_kmap_local_depth(void)
{
	struct task *task = current;
	int i, live = 0;

	for (i = 0; i < task->kmap_ctrl.idx; i++)
		live += task->kmap_ctrl.entries[i].live;
	return live;
}

int kmap_local_init(void)
{
	return window_reserve(&local_window, "kmap_local",
			      (unsigned long)hm_cfg.max_tasks * KM_MAX_IDX_LIMIT);
}

void kmap_local_reset(void)
{
	window_reset(&local_window);
}

void kmap_local_fini(void)
{
	window_release(&local_window);
}
