// SPDX-License-Identifier: GPL-2.0
/*
 * vmap.c - vmap()/vunmap(): several pages, one virtually contiguous range
 * in the vmap window, with a guard page after each area as the kernel's
 * vmalloc areas have.  Both might sleep.
 */
#include <stdlib.h>
#include <string.h>
#include "internal.h"

struct vmap_area {
	unsigned long start;		/* first page in the window */
	unsigned long pages;		/* mapped pages, the guard not counted */
};

static unsigned char *vmap_used;	/* per window page */
static struct vmap_area *areas;
static size_t nr_areas, areas_capacity;
static pthread_mutex_t vmap_lock = PTHREAD_MUTEX_INITIALIZER;

static bool range_free(unsigned long start, unsigned long n)
{
	unsigned long i;

	for (i = 0; i < n; i++)
		if (vmap_used[start + i])
			return false;
	return true;
}

/* First fit of count pages and a guard; the window's size on failure. */
static unsigned long find_vmap_area(unsigned long count)
{
	unsigned long start;

	for (start = 0; start + count + 1 <= vmap_window.pages; start++)
		if (range_free(start, count + 1))
			return start;
	return vmap_window.pages;
}

static bool add_area(unsigned long start, unsigned long pages)
{
	if (nr_areas == areas_capacity) {
		size_t capacity = areas_capacity ? 2 * areas_capacity : 16;
		struct vmap_area *grown = realloc(areas, capacity * sizeof(*areas));

		if (!grown)
			return false;
		areas = grown;
		areas_capacity = capacity;
	}
	areas[nr_areas].start = start;
	areas[nr_areas].pages = pages;
	nr_areas++;
	memset(vmap_used + start, 1, pages + 1);
	return true;
}

void *vmap(struct page **pages, unsigned int count, unsigned long flags, pgprot_t prot)
{
	unsigned long start, i;

	(void)flags;
	(void)prot;
	hm_might_sleep();
	for (i = 0; i < count; i++)
		if (!hm_is_page(pages[i]))
			violation_fatal("wrong-arg", "vmap(): pages[%lu] = %p is not a struct page",
					i, (void *)pages[i]);
	if (!count)
		return NULL;
	pthread_mutex_lock(&vmap_lock);
	start = find_vmap_area(count);
	if (start == vmap_window.pages || !add_area(start, count)) {
		pthread_mutex_unlock(&vmap_lock);
		return NULL;
	}
	for (i = 0; i < count; i++)
		window_map(&vmap_window, start + i, page_to_pfn(pages[i]));
	pthread_mutex_unlock(&vmap_lock);
	return vmap_window.base + start * PAGE_SIZE;
}

void vunmap(const void *addr)
{
	unsigned long start, i;
	size_t a;

	hm_might_sleep();
	if (!addr)
		return;
	start = window_index(&vmap_window, addr);
	pthread_mutex_lock(&vmap_lock);
	for (a = 0; a < nr_areas; a++)
		if (window_contains(&vmap_window, addr) && areas[a].start == start)
			break;
	if (a == nr_areas) {
		pthread_mutex_unlock(&vmap_lock);
		violation("unbalanced", "vunmap(%p): no vmap() area starts there", addr);
		return;
	}
	for (i = 0; i < areas[a].pages; i++)
		window_unmap(&vmap_window, start + i, &current->location);
	memset(vmap_used + start, 0, areas[a].pages + 1);
	areas[a] = areas[--nr_areas];
	pthread_mutex_unlock(&vmap_lock);
}

void vmap_reset(void)
{
	nr_areas = 0;
	memset(vmap_used, 0, vmap_window.pages);
	window_reset(&vmap_window);
}

int vmap_init(void)
{
	if (window_reserve(&vmap_window, "vmap", hm_cfg.vmap_pages))
		return -1;
	vmap_used = calloc(hm_cfg.vmap_pages, 1);
	return vmap_used ? 0 : -1;
}

void vmap_fini(void)
{
	window_release(&vmap_window);
	free(vmap_used);
	free(areas);
	vmap_used = NULL;
	areas = NULL;
	nr_areas = areas_capacity = 0;
}
