// SPDX-License-Identifier: GPL-2.0
/*
 * window.c - the engine's virtual address ranges: the pkmap window, the
 * kmap_local slots, the vmap area and the direct map.  Each is reserved once,
 * PROT_NONE, wherever the kernel (or ASan) leaves room; "setting a PTE" maps
 * a frame of the memfd at a page of the window, "clearing" it puts
 * PROT_NONE back, so that a later access really faults.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include "internal.h"

struct window pkmap_window, local_window, vmap_window, direct_window;

int window_reserve(struct window *w, const char *name, unsigned long pages)
{
	void *base = mmap(NULL, pages * PAGE_SIZE, PROT_NONE,
			  MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);

	if (base == MAP_FAILED) {
		fprintf(stderr, "hmengine: cannot reserve the %s window (%lu pages): %s\n",
			name, pages, strerror(errno));
		return -1;
	}
	w->name = name;
	w->base = base;
	w->pages = pages;
	w->unmapped_at = calloc(pages, sizeof(*w->unmapped_at));
	if (!w->unmapped_at) {
		munmap(base, pages * PAGE_SIZE);
		w->base = NULL;
		return -1;
	}
	return 0;
}

void window_release(struct window *w)
{
	if (w->base)
		munmap(w->base, w->pages * PAGE_SIZE);
	free(w->unmapped_at);
	memset(w, 0, sizeof(*w));
}

/* Everything unmapped again, and no memory of earlier unmaps. */
void window_reset(struct window *w)
{
	if (!w->base)
		return;
	if (mmap(w->base, w->pages * PAGE_SIZE, PROT_NONE,
		 MAP_FIXED | MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE,
		 -1, 0) == MAP_FAILED)
		hm_bug(__FILE__, __LINE__, "cannot reset a window");
	memset(w->unmapped_at, 0, w->pages * sizeof(*w->unmapped_at));
}

/* set_pte_at(): page `index` of the window now shows frame `pfn`. */
void window_map(struct window *w, unsigned long index, unsigned long pfn)
{
	char *addr = w->base + index * PAGE_SIZE;

	if (index >= w->pages)
		hm_bug(__FILE__, __LINE__, "mapping outside a window");
	if (mmap(addr, PAGE_SIZE, PROT_READ | PROT_WRITE, MAP_FIXED | MAP_SHARED,
		 memory_fd(), (off_t)(pfn * PAGE_SIZE)) == MAP_FAILED)
		hm_bug(__FILE__, __LINE__, "cannot map a frame");
}

/* pte_clear() and the TLB flush in one: the next access faults. */
void window_unmap(struct window *w, unsigned long index,
		  const struct hm_location *site)
{
	char *addr = w->base + index * PAGE_SIZE;

	if (index >= w->pages)
		hm_bug(__FILE__, __LINE__, "unmapping outside a window");
	if (mmap(addr, PAGE_SIZE, PROT_NONE,
		 MAP_FIXED | MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE,
		 -1, 0) == MAP_FAILED)
		hm_bug(__FILE__, __LINE__, "cannot unmap a frame");
	if (site)
		w->unmapped_at[index] = *site;
}

bool window_contains(const struct window *w, const void *addr)
{
	const char *p = addr;

	return w->base && p >= w->base && p < w->base + w->pages * PAGE_SIZE;
}

unsigned long window_index(const struct window *w, const void *addr)
{
	return (unsigned long)((const char *)addr - w->base) >> PAGE_SHIFT;
}
