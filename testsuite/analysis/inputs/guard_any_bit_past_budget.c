// options: --max-states 2
#include "kapi.h"

/*
 * guard_any_bit.c's lookup with a state budget of 2 per block: past it
 * the walk forgets known integers and bits, but keeps the bits branches
 * saw set in parameters (flag_vars.c), which make the sleep guards.
 * mm/filemap.c __filemap_get_folio() is over its budget when it locks
 * again after `fgp_flags |= FGP_LOCK` on its FGP_CREAT path: without
 * them that lock had no guard, and no caller was spared.
 */
#define GET_LOCK	0x1u
#define GET_CREATE	0x2u
#define GET_NOWAIT	0x4u
#define GET_STABLE	0x8u

struct item;
struct item *find(unsigned long index);
int add_item(struct item *it);
static struct mutex item_mutex;

static struct item *get_or_create(unsigned long index, unsigned int flags, gfp_t gfp)
{
	struct item *it;

retry:
	it = find(index);
	if (!it)
		goto none;
	if (flags & GET_LOCK) {
		if (flags & GET_NOWAIT)
			return it;
		mutex_lock(&item_mutex);
	}
	if (flags & GET_STABLE)
		mutex_lock(&item_mutex);
none:
	if (!it && (flags & GET_CREATE)) {
		it = kmalloc(16, gfp);
		if (!it)
			return it;
		flags |= GET_LOCK;
		if (add_item(it))
			goto retry;
	}
	return it;
}

static struct item *get_plain(unsigned long index)
{
	return get_or_create(index, 0, 0);
}

static struct item *get_flags(unsigned long index, unsigned int flags)
{
	return get_or_create(index, flags, 0);
}

int peek(struct page *page, unsigned long index)
{
	char *p = kmap_atomic(page);
	int found = get_plain(index) != NULL;

	found += get_or_create(index, GET_LOCK | GET_NOWAIT, GFP_KERNEL) != NULL;
	found += get_flags(index, 0) != NULL;
	kunmap_atomic(p);
	return found;
}

int peek_create(struct page *page, unsigned long index)
{
	char *p = kmap_atomic(page);
	int found = get_or_create(index, GET_CREATE, 0) != NULL;	/* expect: sleep-in-atomic */

	kunmap_atomic(p);
	return found;
}

int peek_stable(struct page *page, unsigned long index)
{
	char *p = kmap_atomic(page);
	int found = get_flags(index, GET_STABLE) != NULL;	/* expect: sleep-in-atomic */

	kunmap_atomic(p);
	return found;
}

int peek_locked(struct page *page, unsigned long index)
{
	char *p = kmap_atomic(page);
	int found = get_flags(index, GET_LOCK) != NULL;	/* expect: sleep-in-atomic */

	kunmap_atomic(p);
	return found;
}
