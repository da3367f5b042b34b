#include "kapi.h"

/*
 * A fault handler's shape with the page-table page in high memory: the
 * caller maps the pte page with kmap_atomic() and takes the pte lock; the
 * helper it calls drops both (the pte_unmap_unlock() of a write fault)
 * before it sleeps (lock_page()).  The helper's sleep is below its entry
 * by the lock AND by the caller's atomic mapping, so the caller, holding
 * exactly those, does not sleep in atomic context there, also through a
 * wrapper.  Twins that still report: the helper drops the lock but keeps
 * the mapping; the caller holds a second kmap_atomic() mapping the helper
 * is not handed.
 */
void lock_page(struct page *page);

struct fault {
	spinlock_t *ptl;
	int flags;
};

static int write_shared(struct fault *vmf, void *pte, struct page *page)
{
	spin_unlock(vmf->ptl);
	kunmap_atomic(pte);
	lock_page(page);
	return 0;
}

static int write_fault(struct fault *vmf, void *pte, struct page *page)
{
	if (vmf->flags & 1)
		return write_shared(vmf, pte, page);
	spin_unlock(vmf->ptl);
	kunmap_atomic(pte);
	return 1;
}

int handle_direct(struct fault *vmf, struct page *pt, struct page *page)
{
	void *pte = kmap_atomic(pt);

	spin_lock(vmf->ptl);
	return write_shared(vmf, pte, page);
}

int handle_wrapped(struct fault *vmf, struct page *pt, struct page *page)
{
	void *pte = kmap_atomic(pt);

	spin_lock(vmf->ptl);
	return write_fault(vmf, pte, page);
}

static int unlock_only(struct fault *vmf, void *pte, struct page *page)
{
	spin_unlock(vmf->ptl);
	lock_page(page);
	kunmap_atomic(pte);
	return 0;
}

int handle_kept_map(struct fault *vmf, struct page *pt, struct page *page)
{
	void *pte = kmap_atomic(pt);

	spin_lock(vmf->ptl);
	return unlock_only(vmf, pte, page);	/* expect: sleep-in-atomic */
}

int handle_second_map(struct fault *vmf, struct page *pt, struct page *other,
		      struct page *page)
{
	void *buf = kmap_atomic(other);
	void *pte = kmap_atomic(pt);
	int ret;

	spin_lock(vmf->ptl);
	ret = write_shared(vmf, pte, page);	/* expect: sleep-in-atomic */
	kunmap_atomic(buf);
	return ret;
}
