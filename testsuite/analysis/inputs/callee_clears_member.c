#include "kapi.h"

/*
 * (Found reducing mm/memory.c:5034 on ARM.)  A fault handler maps a table
 * entry into a member of the request it is handed and passes the request
 * on.  The slow path first calls a helper that unmaps that member AND
 * clears it, and only then takes a mutex.  The summary of the helper says
 * that every return cleared the member after releasing it, and so does the
 * summary of the slow path that calls it: nothing in the request still
 * points into the released mapping (no escape), nothing sleeps under it.
 *
 * A helper that releases without clearing (memory.c's pte_unmap_same()
 * in 6.1, through vmf->pte), or clears on one return only, leaves the
 * caller's member holding the address: reported.
 */
struct request {
	struct page *table_page;
	unsigned long *entry;
	unsigned long value;
	struct mutex *lock;
};

static inline int release_entry(struct request *rq)
{
	kunmap_atomic(rq->entry);
	rq->entry = NULL;
	return 1;
}

int slow_path(struct request *rq)
{
	if (!release_entry(rq))
		return 0;
	mutex_lock(rq->lock);	/* the mapping is gone already */
	rq->value = 0;
	mutex_unlock(rq->lock);
	return 1;
}

int handle_request(struct request *rq)
{
	rq->entry = kmap_atomic(rq->table_page);
	rq->value = *rq->entry;
	if (rq->value == 0) {
		kunmap_atomic(rq->entry);
		rq->entry = NULL;
	}
	if (!rq->entry)
		return 0;
	if (!(rq->value & 1))
		return slow_path(rq);
	kunmap_atomic(rq->entry);
	rq->entry = NULL;
	return 2;
}

/* Released, not cleared: rq->entry still holds the address. */
static int release_only(struct request *rq)
{
	kunmap_atomic(rq->entry);
	return 1;
}

int handle_unclear(struct request *rq)
{
	rq->entry = kmap_atomic(rq->table_page);	/* expect: escape */
	if (!(*rq->entry & 1))
		return release_only(rq);
	kunmap_atomic(rq->entry);
	rq->entry = NULL;
	return 2;
}

/* Cleared on one return only. */
static int release_sometimes_clear(struct request *rq)
{
	kunmap_atomic(rq->entry);
	if (rq->value)
		return 0;
	rq->entry = NULL;
	return 1;
}

int handle_sometimes(struct request *rq)
{
	rq->entry = kmap_atomic(rq->table_page);	/* expect: escape */
	return release_sometimes_clear(rq);
}
