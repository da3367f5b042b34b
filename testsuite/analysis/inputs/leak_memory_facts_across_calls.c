#include "kapi.h"

/*
 * A flag read through a pointer parameter keeps its value across calls that
 * are not handed that pointer: the kernel convention a driver's receive path
 * relies on (`if (dev->trailer) map ... if (dev->trailer) unmap`).
 */
struct bus {
	int id;
	struct bus_dev {
		int irq;
	} dev;
};

struct nic {
	int trailer;
	struct bus *bus;
	void *ring;
	char name[16];
};

void sync_dev(struct bus_dev *dev);
void sync_for_cpu(struct bus *bus, unsigned long addr, int len);
void note_frame(void *ring, int len);
void reset_nic(struct nic *nic);
void set_name(char *name);

/* Calls that get other objects, or pointers loaded from *nic: fact kept. */
void trailer_kept(struct nic *nic, struct page *page, int len)
{
	char *addr = NULL;

	if (nic->trailer)
		addr = kmap_atomic(page);
	sync_for_cpu(nic->bus, 0, len);
	sync_dev(&nic->bus->dev);
	note_frame(nic->ring, len + nic->trailer);
	opaque(NULL);
	if (nic->trailer)
		kunmap_atomic(addr);
}

/* A call that is handed nic itself may change nic->trailer. */
void trailer_passed(struct nic *nic, struct page *page)
{
	char *addr = NULL;

	if (nic->trailer)
		addr = kmap_atomic(page);	/* expect: leak */
	reset_nic(nic);
	if (nic->trailer)
		kunmap_atomic(addr);	/* expect: unbalanced */
}

/* An array inside *nic is handed over: nic is reachable from it. */
void trailer_array_member(struct nic *nic, struct page *page)
{
	char *addr = NULL;

	if (nic->trailer)
		addr = kmap_atomic(page);	/* expect: leak */
	set_name(nic->name);
	if (nic->trailer)
		kunmap_atomic(addr);	/* expect: unbalanced */
}

/* Its address taken: any call may write it through that pointer. */
void trailer_address_taken(struct page *page, struct nic *nic)
{
	struct nic *local = nic;
	struct nic **where = &local;
	char *addr = NULL;

	if (local->trailer)
		addr = kmap_atomic(page);	/* expect: leak */
	opaque(where);
	if (local->trailer)
		kunmap_atomic(addr);	/* expect: unbalanced */
}
