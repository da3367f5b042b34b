// SPDX-License-Identifier: GPL-2.0
/*
 * holds.c - who holds which kmap(), and from which call.  The kernel keeps
 * only counts; the engine also remembers each hold's task and map site, so
 * that a hold still there at task exit is a `leak` at the right line, and so
 * that kmap() can tell a wait that would never end.
 */
#include <stdlib.h>
#include <string.h>
#include "internal.h"

struct hold {
	struct page *page;
	int task;
	struct hm_location site;
};

static struct hold *holds;
static size_t nr_holds, holds_capacity;
static pthread_mutex_t holds_lock = PTHREAD_MUTEX_INITIALIZER;

void holds_add(struct page *page)
{
	struct task *task = current;

	pthread_mutex_lock(&holds_lock);
	if (nr_holds == holds_capacity) {
		size_t capacity = holds_capacity ? 2 * holds_capacity : 64;
		struct hold *grown = realloc(holds, capacity * sizeof(*holds));

		if (!grown)
			hm_bug(__FILE__, __LINE__, "out of memory");
		holds = grown;
		holds_capacity = capacity;
	}
	holds[nr_holds].page = page;
	holds[nr_holds].task = task->number;
	holds[nr_holds].site = task->location;
	nr_holds++;
	pthread_mutex_unlock(&holds_lock);
}

static void holds_delete(size_t i)
{
	memmove(&holds[i], &holds[i + 1], (nr_holds - i - 1) * sizeof(*holds));
	nr_holds--;
}

/* Drop the caller's latest hold of the page, or else anyone's. */
bool holds_remove(struct page *page)
{
	int task = current->number;
	bool found = false;
	size_t i, victim = 0;

	pthread_mutex_lock(&holds_lock);
	for (i = nr_holds; i-- > 0;) {
		if (holds[i].page != page)
			continue;
		if (!found || holds[i].task == task) {
			victim = i;
			found = true;
		}
		if (holds[i].task == task)
			break;
	}
	if (found)
		holds_delete(victim);
	pthread_mutex_unlock(&holds_lock);
	return found;
}

/* The caller's highmem holds of pages of one pkmap colour. */
int holds_count_task_color(int task, unsigned int color)
{
	size_t i;
	int n = 0;

	pthread_mutex_lock(&holds_lock);
	for (i = 0; i < nr_holds; i++) {
		struct page *page = holds[i].page;

		if (holds[i].task == task && PageHighMem(page) &&
		    (page_to_pfn(page) & (hm_cfg.pkmap_colors - 1)) == color)
			n++;
	}
	pthread_mutex_unlock(&holds_lock);
	return n;
}

/* Take out one of the task's holds; false when it has none left. */
static bool holds_take(int task, struct hold *out)
{
	size_t i;
	bool found = false;

	pthread_mutex_lock(&holds_lock);
	for (i = 0; i < nr_holds; i++) {
		if (holds[i].task == task) {
			*out = holds[i];
			holds_delete(i);
			found = true;
			break;
		}
	}
	pthread_mutex_unlock(&holds_lock);
	return found;
}

/* Task exit: every hold left is a leak at its kmap(); release it. */
void holds_task_exit(int task)
{
	struct hold hold;

	while (holds_take(task, &hold)) {
		violation_at(&hold.site, "leak",
			     "kmap() of page pfn %lu is still held at task exit: kunmap() it",
			     page_to_pfn(hold.page));
		if (PageHighMem(hold.page))
			pkmap_release(hold.page);
	}
}

void holds_reset(void)
{
	pthread_mutex_lock(&holds_lock);
	nr_holds = 0;
	pthread_mutex_unlock(&holds_lock);
}

void holds_fini(void)
{
	free(holds);
	holds = NULL;
	nr_holds = holds_capacity = 0;
}
