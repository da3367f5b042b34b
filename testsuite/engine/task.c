// SPDX-License-Identifier: GPL-2.0
/*
 * task.c - the per-thread state, the engine's `current`: the kmap_local
 * stack (task_struct::kmap_ctrl), the preempt/pagefault/irq state and the
 * location of the call being made.  A thread's kmap_local slots are its own
 * block of the local window, as a CPU's are its own fixmap slots; a thread
 * claims a block on its first kmap_local and gives it back when it exits.
 */
#include <stdlib.h>
#include <string.h>
#include "internal.h"

static __thread struct task task_state;
static unsigned int generation = 1;	/* bumped by every reset */
static int next_task_number;
static pthread_mutex_t cpu_lock = PTHREAD_MUTEX_INITIALIZER;
static unsigned char *cpu_in_use;
static pthread_key_t exit_key;
static bool exit_key_created;

static void task_init(struct task *task)
{
	memset(task, 0, sizeof(*task));
	task->generation = __atomic_load_n(&generation, __ATOMIC_ACQUIRE);
	task->number = __atomic_add_fetch(&next_task_number, 1, __ATOMIC_RELAXED);
	task->cpu = -1;
}

struct task *current_task(void)
{
	struct task *task = &task_state;

	if (task->generation != __atomic_load_n(&generation, __ATOMIC_ACQUIRE))
		task_init(task);
	return task;
}

/* Thread exit: give the block of slots back (its mappings die with reset). */
static void task_thread_exit(void *unused)
{
	(void)unused;
	if (task_state.generation == __atomic_load_n(&generation, __ATOMIC_ACQUIRE))
		task_release_cpu(&task_state);
}

int task_claim_cpu(struct task *task)
{
	unsigned int cpu;

	if (task->cpu >= 0)
		return task->cpu;
	pthread_mutex_lock(&cpu_lock);
	for (cpu = 0; cpu < hm_cfg.max_tasks; cpu++) {
		if (!cpu_in_use[cpu]) {
			cpu_in_use[cpu] = 1;
			task->cpu = (int)cpu;
			break;
		}
	}
	pthread_mutex_unlock(&cpu_lock);
	if (task->cpu >= 0 && exit_key_created)
		pthread_setspecific(exit_key, task);
	return task->cpu;
}

void task_release_cpu(struct task *task)
{
	if (task->cpu < 0)
		return;
	pthread_mutex_lock(&cpu_lock);
	cpu_in_use[task->cpu] = 0;
	pthread_mutex_unlock(&cpu_lock);
	task->cpu = -1;
}

/* Every thread's state goes stale: the next current_task() starts afresh. */
void tasks_reset(void)
{
	pthread_mutex_lock(&cpu_lock);
	memset(cpu_in_use, 0, hm_cfg.max_tasks);
	pthread_mutex_unlock(&cpu_lock);
	__atomic_add_fetch(&generation, 1, __ATOMIC_RELEASE);
}

int tasks_init(void)
{
	cpu_in_use = calloc(hm_cfg.max_tasks, 1);
	if (!cpu_in_use || pthread_key_create(&exit_key, task_thread_exit))
		return -1;
	exit_key_created = true;
	tasks_reset();
	return 0;
}

void tasks_fini(void)
{
	if (exit_key_created)
		pthread_key_delete(exit_key);
	exit_key_created = false;
	free(cpu_in_use);
	cpu_in_use = NULL;
	__atomic_add_fetch(&generation, 1, __ATOMIC_RELEASE);
}

void hm_here(const char *file, int line)
{
	struct task *task = current;

	task->location.file = file;
	task->location.line = line;
}

int hm_task_number(void)
{
	return current->number;
}
