#include "kapi.h"

/*
 * A lookup that sleeps only when its caller asks it to lock
 * (`if (flags & GET_LOCK) mutex_lock(...)`, as __filemap_get_folio() with
 * FGP_LOCK), and that sets another flag of its own on the way back to its
 * retry label (`flags |= GET_DIRTY`).  Setting a bit the guard does not
 * test leaves the guard's bit as the caller passed it: called with 0
 * under kmap_atomic(), it does not sleep.  A function that sets the
 * guard's own bit (`flags |= GET_LOCK` on its create path) may sleep
 * whatever its caller passed.
 */
#define GET_LOCK	0x1u
#define GET_CREATE	0x2u
#define GET_DIRTY	0x4u

struct item;
struct item *find(unsigned long index);
struct item *make(unsigned long index);
static struct mutex item_mutex;

static struct item *get_item(unsigned long index, unsigned int flags)
{
	struct item *it;

retry:
	it = find(index);
	if (it && (flags & GET_LOCK))
		mutex_lock(&item_mutex);
	if (!it && make(index)) {
		flags |= GET_DIRTY;
		goto retry;
	}
	return it;
}

static struct item *get_or_create(unsigned long index, unsigned int flags)
{
	struct item *it;

retry:
	it = find(index);
	if (it && (flags & GET_LOCK))
		mutex_lock(&item_mutex);
	if (!it && (flags & GET_CREATE) && make(index)) {
		flags |= GET_LOCK;
		goto retry;
	}
	return it;
}

int peek(struct page *page, unsigned long index)
{
	char *p = kmap_atomic(page);
	int found = get_item(index, 0) != NULL;

	kunmap_atomic(p);
	return found;
}

int peek_create(struct page *page, unsigned long index)
{
	char *p = kmap_atomic(page);
	int found = get_or_create(index, GET_CREATE) != NULL;	/* expect: sleep-in-atomic */

	kunmap_atomic(p);
	return found;
}
