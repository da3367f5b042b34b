// SPDX-License-Identifier: GPL-2.0
/*
 * A receive path maps a page only when the device appends a trailer, calls
 * helpers that are handed other objects (or pointers loaded from the
 * device), and tests the same flag through the device pointer to unmap.
 * Nothing the helpers get can reach dev->trailer: clean on every path.
 */
#include <linux/highmem.h>
#include <linux/string.h>
#include <hmcase.h>

struct ring {
	int used;
};

struct rx_dev {
	int trailer;
	struct ring *ring;
};

static noinline void ring_advance(struct ring *ring, int len)
{
	ring->used += len;
}

static noinline int frame_sum(const char *frame, int len)
{
	int sum = 0;

	while (len--)
		sum += frame[len];
	return sum;
}

static int rx_frame(struct rx_dev *dev, struct page *page, const char *frame)
{
	char *tail = NULL;
	int sum;

	if (dev->trailer)
		tail = kmap_local_page(page);
	ring_advance(dev->ring, 16 + dev->trailer);
	sum = frame_sum(frame, 16);
	if (dev->trailer) {
		sum += tail[0];
		kunmap_local(tail);
	}
	return sum;
}

HMCASE_INPUTS(2, 2);

void hmcase_run(const int *in)
{
	struct ring ring = { 0 };
	struct rx_dev dev = { .trailer = in[1], .ring = &ring };
	char frame[16];

	memset(frame, 1, sizeof(frame));
	rx_frame(&dev, hmcase_page(in[0]), frame);
}
