// SPDX-License-Identifier: GPL-2.0
/*
 * engine.c - configuration, start, reset between runs, stop, task exit.
 */
#include <stdio.h>
#include <string.h>
#include "internal.h"

struct hm_config hm_cfg;
static bool engine_up;

void hm_config_default(struct hm_config *config)
{
	memset(config, 0, sizeof(*config));
	config->nr_frames = 1024;
	config->dma_frames = 16;
	config->highmem_start = 512;
	config->last_pkmap = 512;
	config->pkmap_colors = 1;
	config->page_address_hash_bits = 7;
	config->max_tasks = 64;
	config->kmap_local_depth = 16;
	config->vmap_pages = 1024;
	config->force_map = true;
	config->pkmap_unmap_on_release = true;
}

static bool power_of_two(unsigned long n)
{
	return n && !(n & (n - 1));
}

int hm_config_from_arch(struct hm_config *config, unsigned long page_size,
			unsigned long pgdir_size)
{
	unsigned long last_pkmap;

	if (!page_size || pgdir_size % page_size)
		return -1;
	last_pkmap = pgdir_size / page_size;
	if (last_pkmap < 2 || !power_of_two(last_pkmap))
		return -1;
	config->last_pkmap = (unsigned int)last_pkmap;
	return 0;
}

static const char *config_problem(const struct hm_config *c)
{
	if (!c->nr_frames || c->dma_frames > c->highmem_start ||
	    c->highmem_start > c->nr_frames)
		return "zones: want 0 <= dma_frames <= highmem_start <= nr_frames";
	if (c->last_pkmap < 2 || !power_of_two(c->last_pkmap))
		return "last_pkmap must be a power of two, at least 2";
	if (!power_of_two(c->pkmap_colors) || c->pkmap_colors > c->last_pkmap / 2)
		return "pkmap_colors must be a power of two, at most last_pkmap / 2";
	if (c->page_address_hash_bits > 16)
		return "page_address_hash_bits: at most 16";
	if (!c->max_tasks || !c->vmap_pages)
		return "max_tasks and vmap_pages must not be 0";
	if (!c->kmap_local_depth || c->kmap_local_depth > KM_MAX_IDX_LIMIT / 2)
		return "kmap_local_depth: 1 to 32";
	return NULL;
}

int hm_engine_init(const struct hm_config *config)
{
	const char *problem;

	if (engine_up)
		hm_engine_fini();
	if (config)
		hm_cfg = *config;
	else
		hm_config_default(&hm_cfg);
	problem = config_problem(&hm_cfg);
	if (problem) {
		fprintf(stderr, "hmengine: bad configuration: %s\n", problem);
		return -1;
	}
	engine_up = true;
	if (memory_init() || page_address_init() || pkmap_init() ||
	    kmap_local_init() || vmap_init() || tasks_init() || fault_init()) {
		fprintf(stderr, "hmengine: cannot start the engine\n");
		hm_engine_fini();
		return -1;
	}
	hm_engine_reset();
	return 0;
}

void hm_engine_reset(void)
{
	memory_reset();
	page_address_reset();
	pkmap_reset();
	holds_reset();
	kmap_local_reset();
	vmap_reset();
	tasks_reset();
	hmcase_reset();
	hm_violations_clear();
}

void hm_engine_fini(void)
{
	if (!engine_up)
		return;
	fault_fini();
	hmcase_reset();
	tasks_fini();
	vmap_fini();
	kmap_local_fini();
	holds_fini();
	pkmap_fini();
	page_address_fini();
	memory_fini();
	hm_violations_clear();
	engine_up = false;
}

const struct hm_config *hm_engine_config(void)
{
	return &hm_cfg;
}

void hm_task_exit(void)
{
	struct task *task = current;

	kmap_local_task_exit();
	holds_task_exit(task->number);
	task->preempt_count = 0;
	task->migrate_disable = 0;
	task->pagefault_disabled = 0;
	task->rcu_read_lock_nesting = 0;
	task->irqs_disabled = false;
	task->short_copy = false;
}
