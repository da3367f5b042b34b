// SPDX-License-Identifier: GPL-2.0
/*
 * A lookup whose sleeps need one of several bits of its flags, as
 * mm/filemap.c __filemap_get_folio(): it locks on GET_LOCK, waits through
 * lib/stable.c on GET_STABLE (a call to another file, made only with that
 * bit), and on GET_CREATE sets GET_LOCK itself and retries.  Its summary
 * has two 'guard' lines and its call out a guard field.
 */
#include "k.h"

#define GET_LOCK	0x1u
#define GET_CREATE	0x2u
#define GET_STABLE	0x4u

void *find_item(unsigned long index);
void *make_item(unsigned long index);
void wait_stable(void *item);		/* lib/stable.c */
static struct mutex *item_mutex;

void *get_item(unsigned long index, unsigned int flags)
{
	void *it;

retry:
	it = find_item(index);
	if (it && (flags & GET_LOCK))
		mutex_lock(item_mutex);
	if (it && (flags & GET_STABLE))
		wait_stable(it);
	if (!it && (flags & GET_CREATE) && make_item(index)) {
		flags |= GET_LOCK;
		goto retry;
	}
	return it;
}
