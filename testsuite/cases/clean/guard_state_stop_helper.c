// SPDX-License-Identifier: GPL-2.0
/*
 * A receive start function sets its device's state to STOPPED, maps each
 * buffer page with kmap() and keeps packet addresses in an array held by
 * the device (filled through a pointer it moves on).  When queueing fails
 * it calls the stop helper, which unmaps the pages only when the state is
 * not ERROR, frees the array and sets ERROR.  On success the device keeps
 * the mappings until the full stop.  Clean on every path.
 */
#include <linux/highmem.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <hmcase.h>

#define RX_PAGES	2
#define RX_PER_PAGE	4

enum rx_state { RX_ERROR, RX_STOPPED, RX_RUNNING };

struct rx_buffer {
	struct page *pages[RX_PAGES];
};

struct rx_dev {
	enum rx_state state;
	struct rx_buffer buffer;
	void **ptrs;
	int fail_at;
	int queued;
};

static noinline int rx_queue(struct rx_dev *owner, struct rx_buffer *buffer,
			     unsigned long offset)
{
	if (owner->queued == owner->fail_at)
		return -EIO;
	owner->queued++;
	return buffer->pages[0] && offset < PAGE_SIZE * RX_PAGES ? 0 : -EINVAL;
}

static void __rx_stop(struct rx_dev *dev)
{
	unsigned int u;

	if (dev->state != RX_ERROR) {
		for (u = 0; u < RX_PAGES; u++)
			kunmap(dev->buffer.pages[u]);
	}
	kfree(dev->ptrs);
	dev->ptrs = NULL;
	dev->state = RX_ERROR;
}

static void rx_stop(struct rx_dev *dev)
{
	if (dev->state == RX_ERROR)
		return;
	__rx_stop(dev);
}

static int rx_start(struct rx_dev *dev)
{
	void **ptrptr;
	unsigned int u, v;
	int ret;

	if (dev->state != RX_ERROR)
		return 0;
	ptrptr = kmalloc_array(RX_PAGES * RX_PER_PAGE, sizeof(void *),
			       GFP_KERNEL);
	if (!ptrptr)
		return -ENOMEM;
	dev->ptrs = ptrptr;
	dev->state = RX_STOPPED;
	for (u = 0; u < RX_PAGES; u++) {
		char *ptr = kmap(dev->buffer.pages[u]);

		for (v = 0; v < RX_PER_PAGE; v++)
			*ptrptr++ = ptr + v * (PAGE_SIZE / RX_PER_PAGE);
	}
	for (u = 0; u < RX_PAGES * RX_PER_PAGE; u++) {
		ret = rx_queue(dev, &dev->buffer, u * (PAGE_SIZE / RX_PER_PAGE));
		if (ret < 0)
			goto failed;
	}
	dev->state = RX_RUNNING;
	return 0;
failed:
	__rx_stop(dev);
	return ret;
}

HMCASE_INPUTS(2, 3);		/* in[0]: highmem pages; in[1]: queue fails at 0, 1, never */

void hmcase_run(const int *in)
{
	struct rx_dev dev = { .state = RX_ERROR, .fail_at = in[1] == 2 ? -1 : in[1] };
	unsigned int u;

	for (u = 0; u < RX_PAGES; u++)
		dev.buffer.pages[u] = hmcase_page(in[0]);
	if (rx_start(&dev) == 0)
		memset(dev.ptrs[RX_PER_PAGE], 0, 16);
	rx_stop(&dev);
}
