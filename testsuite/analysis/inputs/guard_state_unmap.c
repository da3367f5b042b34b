#include "kapi.h"

/*
 * A stop helper unmaps its device's pages only when the device's state
 * says they were mapped (`if (dev->state != RX_ERROR)`, at its start); a
 * start function sets the state before it maps them and calls the helper
 * when a later step fails.  The state the caller stored, or tested, picks
 * the side of the helper's test: its unmap loop releases every page the
 * caller's map loop mapped.  The addresses stay in a local array, so no
 * handover hides a leak here: only the helper's unmap releases them.
 */
#define RX_PAGES	4

enum rx_state { RX_ERROR, RX_STOPPED, RX_RUNNING };

struct rx_buffer {
	struct page **pages;
	int npages;
};

struct rx_dev {
	enum rx_state state;
	struct rx_buffer buffer;
	void **ptrs;
	void *context;
	int flags;
};

int rx_buffer_init(struct rx_buffer *buffer, int npages);
void rx_buffer_destroy(struct rx_buffer *buffer);
int rx_queue(void *context, struct rx_buffer *buffer, unsigned long offset);

static void rx_stop(struct rx_dev *dev)
{
	unsigned u;

	if (dev->state != RX_ERROR) {
		for (u = 0; u < RX_PAGES; u++)
			kunmap(dev->buffer.pages[u]);
		rx_buffer_destroy(&dev->buffer);
	}
	kfree(dev->ptrs);
	dev->ptrs = NULL;
	dev->state = RX_ERROR;
}

/* State set to STOPPED, then calls handed other members, then the stop. */
int rx_check(struct rx_dev *dev, void *context, unsigned npackets)
{
	void *vaddr[RX_PAGES];
	unsigned u;
	int ret;

	if (dev->state != RX_ERROR)
		return 0;
	ret = rx_buffer_init(&dev->buffer, RX_PAGES);
	if (ret < 0)
		goto out;
	dev->state = RX_STOPPED;
	for (u = 0; u < RX_PAGES; u++)
		vaddr[u] = kmap(dev->buffer.pages[u]);
	dev->context = context;
	for (u = 0; u < npackets; u++) {
		ret = rx_queue(context, &dev->buffer, u * 64);
		if (ret < 0)
			break;
	}
	memset(vaddr[0], 0, 64);
out:
	rx_stop(dev);
	return ret;
}

/* The helper returns early when the state says nothing was mapped. */
static void rx_stop_mapped(struct rx_dev *dev)
{
	unsigned u;

	if (dev->state == RX_ERROR)
		return;
	for (u = 0; u < RX_PAGES; u++)
		kunmap(dev->buffer.pages[u]);
	dev->state = RX_ERROR;
}

int rx_check_running(struct rx_dev *dev, void *context)
{
	void *vaddr[RX_PAGES];
	unsigned i;
	int ret;

	dev->state = RX_RUNNING;
	for (i = 0; i < RX_PAGES; i++)
		vaddr[i] = kmap(dev->buffer.pages[i]);
	ret = rx_queue(context, &dev->buffer, 0);
	memset(vaddr[1], 0, 64);
	rx_stop_mapped(dev);
	return ret;
}

/* The caller tested the state itself; nothing since may have changed it. */
int rx_peek(struct rx_dev *dev)
{
	void *vaddr[RX_PAGES];
	unsigned i;

	if (!dev->state)
		return -1;
	for (i = 0; i < RX_PAGES; i++)
		vaddr[i] = kmap(dev->buffer.pages[i]);
	memset(vaddr[2], 0, 64);
	rx_stop(dev);
	return 0;
}
