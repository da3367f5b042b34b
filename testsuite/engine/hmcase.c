// SPDX-License-Identifier: GPL-2.0
/*
 * hmcase.c - the harness API cases call (kshim's hmcase.h): fresh pages
 * and folios from a chosen zone, user buffers, and the short-copy switch.
 */
#include <stdio.h>
#include <stdlib.h>
#include <hmcase.h>
#include "internal.h"

#define GFP_HIGHMEM_ZONE	0x02u

struct user_buffer {
	struct user_buffer *next;
	char data[];
};

static struct user_buffer *user_buffers;
static pthread_mutex_t user_buffer_lock = PTHREAD_MUTEX_INITIALIZER;

static struct page *case_pages(int highmem, unsigned int order)
{
	struct page *page = hm_alloc_pages(highmem ? GFP_HIGHMEM_ZONE : 0, order);

	if (!page)
		violation_fatal("out-of-memory", "hmcase: no free block of %u pages in %s",
				1U << order, highmem ? "ZONE_HIGHMEM" : "ZONE_NORMAL");
	return page;
}

struct page *hmcase_page(int highmem)
{
	return case_pages(highmem, 0);
}

struct folio *hmcase_folio(int highmem, int order)
{
	if (order < 0 || order > 10)
		violation_fatal("wrong-arg", "hmcase_folio(): order %d", order);
	return (struct folio *)case_pages(highmem, (unsigned int)order);
}

void *hmcase_user_buffer(size_t size)
{
	struct user_buffer *buffer = calloc(1, sizeof(*buffer) + size);

	if (!buffer)
		hm_bug(__FILE__, __LINE__, "out of memory");
	pthread_mutex_lock(&user_buffer_lock);
	buffer->next = user_buffers;
	user_buffers = buffer;
	pthread_mutex_unlock(&user_buffer_lock);
	return buffer->data;
}

void hmcase_short_copy(bool on)
{
	current->short_copy = on;
}

void hmcase_reset(void)
{
	pthread_mutex_lock(&user_buffer_lock);
	while (user_buffers) {
		struct user_buffer *next = user_buffers->next;

		free(user_buffers);
		user_buffers = next;
	}
	pthread_mutex_unlock(&user_buffer_lock);
}
