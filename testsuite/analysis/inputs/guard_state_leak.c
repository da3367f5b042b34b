#include "kapi.h"

/*
 * The stop helper unmaps only when the state says the pages were mapped.
 * A caller whose state says otherwise, or whose state may have changed
 * since it was set, or a guard the caller cannot know: still a leak.
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
	int flags;
};

int rx_queue(struct rx_buffer *buffer, unsigned long offset);
int rx_reset(struct rx_dev *dev);
int rx_probe_state(void);

static void rx_stop(struct rx_dev *dev)
{
	unsigned u;

	if (dev->state != RX_ERROR)
		for (u = 0; u < RX_PAGES; u++)
			kunmap(dev->buffer.pages[u]);
	dev->state = RX_ERROR;
}

/* The state still says ERROR when the helper runs: nothing is unmapped. */
int rx_check_error(struct rx_dev *dev)
{
	void *vaddr[RX_PAGES];
	unsigned u;

	dev->state = RX_ERROR;
	for (u = 0; u < RX_PAGES; u++)
		vaddr[u] = kmap(dev->buffer.pages[u]);	/* expect: leak */
	memset(vaddr[0], 0, 64);
	rx_stop(dev);
	return 0;
}

/* A call handed dev itself may change the state after the store. */
int rx_check_reset(struct rx_dev *dev)
{
	void *vaddr[RX_PAGES];
	unsigned u;

	dev->state = RX_STOPPED;
	for (u = 0; u < RX_PAGES; u++)
		vaddr[u] = kmap(dev->buffer.pages[u]);	/* expect: leak */
	memset(vaddr[0], 0, 64);
	rx_reset(dev);
	rx_stop(dev);
	return 0;
}

/* A guard on something the caller cannot know: as before, a leak. */
static void rx_stop_probed(struct rx_dev *dev)
{
	unsigned u;

	if (rx_probe_state() != RX_ERROR)
		for (u = 0; u < RX_PAGES; u++)
			kunmap(dev->buffer.pages[u]);
}

int rx_check_probed(struct rx_dev *dev)
{
	void *vaddr[RX_PAGES];
	unsigned u;

	dev->state = RX_STOPPED;
	for (u = 0; u < RX_PAGES; u++)
		vaddr[u] = kmap(dev->buffer.pages[u]);	/* expect: leak */
	memset(vaddr[0], 0, 64);
	rx_stop_probed(dev);
	return 0;
}

/* The helper's guard reads a member of the buffer a call is handed. */
static void rx_buffer_stop(struct rx_dev *dev)
{
	unsigned u;

	if (dev->buffer.npages)
		for (u = 0; u < RX_PAGES; u++)
			kunmap(dev->buffer.pages[u]);
}

int rx_check_buffer(struct rx_dev *dev)
{
	void *vaddr[RX_PAGES];
	unsigned u;

	dev->buffer.npages = RX_PAGES;
	for (u = 0; u < RX_PAGES; u++)
		vaddr[u] = kmap(dev->buffer.pages[u]);	/* expect: leak */
	memset(vaddr[0], 0, 64);
	rx_queue(&dev->buffer, 0);
	rx_buffer_stop(dev);
	return 0;
}

/* An integer written through another pointer may be the state itself. */
int rx_check_counted(struct rx_dev *dev, int *count)
{
	void *vaddr[RX_PAGES];
	unsigned u;

	dev->state = RX_STOPPED;
	for (u = 0; u < RX_PAGES; u++)
		vaddr[u] = kmap(dev->buffer.pages[u]);	/* expect: leak */
	memset(vaddr[0], 0, 64);
	*count = 0;
	rx_stop(dev);
	return 0;
}

/* The state tested zero (ERROR): the helper skips its unmaps. */
int rx_check_tested(struct rx_dev *dev)
{
	void *vaddr[RX_PAGES];
	unsigned u;

	if (dev->state)
		return 0;
	for (u = 0; u < RX_PAGES; u++)
		vaddr[u] = kmap(dev->buffer.pages[u]);	/* expect: leak */
	memset(vaddr[0], 0, 64);
	rx_stop(dev);
	return 0;
}

/* The state set after the stop: the stop saw the earlier, unknown one. */
int rx_check_late(struct rx_dev *dev)
{
	void *vaddr[RX_PAGES];
	unsigned u;

	for (u = 0; u < RX_PAGES; u++)
		vaddr[u] = kmap(dev->buffer.pages[u]);	/* expect: leak */
	memset(vaddr[0], 0, 64);
	rx_stop(dev);
	dev->state = RX_STOPPED;
	return 0;
}
