#include "kapi.h"

/*
 * (mm/memory.c:5034 and :3375 on ARM with HIGHPTE, where pte_unmap(pte) is
 * kunmap_atomic((pte)).)  Helpers release a mapping their caller keeps in
 * a member of the structure they are handed, through macros that wrap
 * kunmap_atomic() and put parentheses or a cast around the argument, one
 * or two deep.  The argument is named as it was written (rq->entry), not
 * as the outermost macro call, so the callers know the mapping is gone
 * before anything sleeps: no sleep in atomic context.  A helper that
 * sleeps first and releases after is still reported.
 */
#define entry_unmap(e) kunmap_atomic((e))
#define entry_unmap_cast(e) entry_unmap((void *)(e))
#define entry_unmap_unlock(e, l) do { entry_unmap_cast(e); spin_unlock(l); } while (0)

struct request {
	struct page *table_page;
	unsigned long *entry;
	unsigned long orig;
	spinlock_t *lock;
};

/* do_swap_page(): release the caller's mapping first, then sleep. */
int slow_path(struct request *rq)
{
	entry_unmap(rq->entry);
	rq->entry = NULL;
	msleep(1);
	return 1;
}

int handle_request(struct request *rq)
{
	rq->entry = kmap_atomic(rq->table_page);
	if (!(*rq->entry & 1))
		return slow_path(rq);	/* no sleep under the mapping */
	entry_unmap(rq->entry);
	rq->entry = NULL;
	return 0;
}

/* finish_mkwrite_fault(): maps, and releases on both returns. */
static void reuse_entry(struct request *rq)
{
	*rq->entry = rq->orig | 1;
	entry_unmap_unlock(rq->entry, rq->lock);
	rq->entry = NULL;
}

static int finish_entry(struct request *rq)
{
	spin_lock(rq->lock);
	rq->entry = kmap_atomic(rq->table_page);
	if (*rq->entry != rq->orig) {
		entry_unmap_cast(rq->entry);
		rq->entry = NULL;
		spin_unlock(rq->lock);
		return 1;
	}
	reuse_entry(rq);
	return 0;
}

int write_fault(struct request *rq)
{
	if (finish_entry(rq))
		return 1;
	msleep(1);		/* the mapping is gone on both paths */
	return 0;
}

/* Sleeps first, then releases: the sleep is under the caller's mapping. */
int late_release_path(struct request *rq)
{
	msleep(1);
	entry_unmap_cast(rq->entry);
	rq->entry = NULL;
	return 1;
}

int handle_late(struct request *rq)
{
	rq->entry = kmap_atomic(rq->table_page);
	if (!(*rq->entry & 1))
		return late_release_path(rq);	/* expect: sleep-in-atomic */
	entry_unmap(rq->entry);
	rq->entry = NULL;
	return 0;
}
