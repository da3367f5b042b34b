#include "kapi.h"

/*
 * A start function fills an array of packet addresses through a pointer it
 * moves on (`*ptrptr++ = ...`): the array, kept in the device, holds the
 * mappings from then on.  On failure its stop helper, handed the device,
 * unmaps the pages and frees the array.  Moving the pointer on does not
 * take back what the slots behind it hold (no leak on success); the
 * helper's teardown owns those slots (no escape on failure).
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
	int npackets;
};

int rx_queue(struct rx_buffer *buffer, unsigned long offset);

static void rx_stop(struct rx_dev *dev)
{
	unsigned u;

	if (dev->state != RX_ERROR)
		for (u = 0; u < RX_PAGES; u++)
			kunmap(dev->buffer.pages[u]);
	kfree(dev->ptrs);
	dev->ptrs = NULL;
	dev->state = RX_ERROR;
}

int rx_start(struct rx_dev *dev, unsigned per_page)
{
	void **ptrptr;
	unsigned u, v;
	int ret;

	if (dev->state != RX_ERROR)
		return 0;
	ptrptr = kmalloc(RX_PAGES * per_page * sizeof(void *), GFP_KERNEL);
	if (!ptrptr)
		return -1;
	dev->ptrs = ptrptr;
	dev->state = RX_STOPPED;
	for (u = 0; u < RX_PAGES; u++) {
		char *ptr = kmap(dev->buffer.pages[u]);

		for (v = 0; v < per_page; v++)
			*ptrptr++ = ptr + v * 64;
	}
	for (u = 0; u < RX_PAGES * per_page; u++) {
		ret = rx_queue(&dev->buffer, u * 64);
		if (ret < 0)
			goto failed;
	}
	dev->state = RX_RUNNING;
	return 0;
failed:
	rx_stop(dev);
	return ret;
}

/* Unmapped here, the addresses left in the device's array: by the letter. */
int rx_start_unmapped(struct rx_dev *dev)
{
	void **ptrptr = dev->ptrs;
	unsigned u;

	for (u = 0; u < RX_PAGES; u++)
		*ptrptr++ = kmap(dev->buffer.pages[u]);	/* expect: escape */
	if (rx_queue(&dev->buffer, 0) < 0) {
		for (u = 0; u < RX_PAGES; u++)
			kunmap(dev->buffer.pages[u]);
		return -1;
	}
	return 0;
}
