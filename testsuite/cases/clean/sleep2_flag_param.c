// SPDX-License-Identifier: GPL-2.0
/*
 * A segment helper maps with kmap_atomic() on the receive path and with
 * kmap() on the transmit path, as its flag says, and keeps the mapping in
 * the caller's segment until a later step unmaps it.  The receive loop
 * passes 1 (through a helper passing its own flag on): while the atomic
 * mapping of one step is held, the next step never calls kmap().
 */
#include <linux/highmem.h>
#include <linux/string.h>
#include <hmcase.h>

struct segment {
	struct page *page;
	char *mapped;
	char *data;
	bool atomic;
	unsigned int copied, size;
};

static void segment_map(struct segment *seg, int recv)
{
	if (seg->data || !seg->page)
		return;
	if (recv) {
		seg->atomic = true;
		seg->mapped = kmap_atomic(seg->page);
	} else {
		seg->atomic = false;
		seg->mapped = kmap(seg->page);
	}
	seg->data = seg->mapped;
}

static void segment_unmap(struct segment *seg)
{
	if (seg->mapped) {
		if (seg->atomic)
			kunmap_atomic(seg->mapped);
		else
			kunmap(seg->page);
		seg->mapped = NULL;
		seg->data = NULL;
	}
}

static int segment_done(struct segment *seg, int recv, unsigned int copied)
{
	seg->copied += copied;
	if (seg->copied < seg->size) {
		segment_map(seg, recv);
		return 0;
	}
	segment_unmap(seg);
	return 1;
}

static int step(struct segment *seg, int recv, unsigned int copied)
{
	return segment_done(seg, recv, copied);
}

static unsigned int segment_recv(struct segment *seg, const char *ptr,
				 unsigned int len)
{
	unsigned int copy = 0, copied = 0;

	while (!step(seg, 1, copy)) {
		if (copied == len)
			break;
		copy = len - copied;
		if (copy > seg->size - seg->copied)
			copy = seg->size - seg->copied;
		memcpy(seg->data + seg->copied, ptr + copied, copy);
		copied += copy;
	}
	return copied;
}

HMCASE_INPUTS(2, 3);

void hmcase_run(const int *in)
{
	static const char bytes[64] = "received bytes";
	struct segment seg = { .page = hmcase_page(in[0]), .size = 48 };
	unsigned int chunk = 16 * (in[1] + 1);

	while (segment_recv(&seg, bytes, chunk) == chunk && seg.copied < seg.size)
		;
	segment_unmap(&seg);
}
