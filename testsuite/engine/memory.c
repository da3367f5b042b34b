// SPDX-License-Identifier: GPL-2.0
/*
 * memory.c - physical memory: frames backed by a memfd, the struct page
 * array (mem_map) whose flags carry the zone, and the direct map where every
 * lowmem frame is permanently mapped (lowmem_page_address() = __va(pfn)).
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>
#include "internal.h"

struct page *mem_map;
unsigned long max_mapnr;

static int frames_fd = -1;
static char *physical_view;	/* every frame, for tests (hm_frame) */

int memory_fd(void)
{
	return frames_fd;
}

static enum zone_type zone_of_pfn(unsigned long pfn)
{
	if (pfn < hm_cfg.dma_frames)
		return ZONE_DMA;
	if (pfn < hm_cfg.highmem_start)
		return ZONE_NORMAL;
	return ZONE_HIGHMEM;
}

static void init_mem_map(void)
{
	unsigned long pfn;

	memset(mem_map, 0, max_mapnr * sizeof(*mem_map));
	for (pfn = 0; pfn < max_mapnr; pfn++)
		mem_map[pfn].flags = (unsigned long)zone_of_pfn(pfn) << ZONES_PGSHIFT;
}

static int map_direct(void)
{
	unsigned long lowmem = hm_cfg.highmem_start;

	if (window_reserve(&direct_window, "direct map", lowmem ? lowmem : 1))
		return -1;
	if (lowmem && mmap(direct_window.base, lowmem * PAGE_SIZE,
			   PROT_READ | PROT_WRITE, MAP_FIXED | MAP_SHARED,
			   frames_fd, 0) == MAP_FAILED) {
		fprintf(stderr, "hmengine: cannot map the direct map: %s\n",
			strerror(errno));
		return -1;
	}
	return 0;
}

int memory_init(void)
{
	size_t bytes = hm_cfg.nr_frames * PAGE_SIZE;

	frames_fd = memfd_create("hmengine-frames", MFD_CLOEXEC);
	if (frames_fd < 0 || ftruncate(frames_fd, (off_t)bytes)) {
		fprintf(stderr, "hmengine: cannot create the frames memfd: %s\n",
			strerror(errno));
		return -1;
	}
	physical_view = mmap(NULL, bytes, PROT_READ | PROT_WRITE, MAP_SHARED,
			     frames_fd, 0);
	if (physical_view == MAP_FAILED) {
		physical_view = NULL;
		return -1;
	}
	max_mapnr = hm_cfg.nr_frames;
	mem_map = calloc(max_mapnr, sizeof(*mem_map));
	if (!mem_map)
		return -1;
	init_mem_map();
	return map_direct();
}

/* Zero every frame (punch the memfd) and forget every page's state. */
void memory_reset(void)
{
	if (fallocate(frames_fd, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, 0,
		      (off_t)(hm_cfg.nr_frames * PAGE_SIZE)))
		memset(physical_view, 0, hm_cfg.nr_frames * PAGE_SIZE);
	init_mem_map();
}

void memory_fini(void)
{
	window_release(&direct_window);
	if (physical_view)
		munmap(physical_view, hm_cfg.nr_frames * PAGE_SIZE);
	physical_view = NULL;
	free(mem_map);
	mem_map = NULL;
	max_mapnr = 0;
	if (frames_fd >= 0)
		close(frames_fd);
	frames_fd = -1;
}

bool hm_in_page_array(const void *ptr)
{
	const char *p = ptr;

	return mem_map && p >= (const char *)mem_map &&
	       p < (const char *)(mem_map + max_mapnr);
}

bool hm_is_page(const void *ptr)
{
	return hm_in_page_array(ptr) &&
	       ((const char *)ptr - (const char *)mem_map) % sizeof(struct page) == 0;
}

bool hm_in_direct_map(const void *ptr)
{
	return window_contains(&direct_window, ptr) &&
	       window_index(&direct_window, ptr) < hm_cfg.highmem_start;
}

void *lowmem_page_address(const struct page *page)
{
	return direct_window.base + page_to_pfn(page) * PAGE_SIZE;
}

void *hm_frame(unsigned long pfn)
{
	if (pfn >= max_mapnr)
		return NULL;
	return physical_view + pfn * PAGE_SIZE;
}

void *hm_va(unsigned long physical)
{
	return direct_window.base + physical;
}

unsigned long hm_pa(const void *virtual)
{
	return (unsigned long)((const char *)virtual - direct_window.base);
}

struct page *hm_virt_to_page(const void *virtual)
{
	if (!hm_in_direct_map(virtual))
		return NULL;
	return pfn_to_page(window_index(&direct_window, virtual));
}
