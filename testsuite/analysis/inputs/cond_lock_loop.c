#include "kapi.h"

/*
 * follow_hugetlb_page() (mm/hugetlb.c) shape: each iteration looks an
 * entry up, locks it only if there is one, and a flag made with `!e ||
 * ...` sends the path to a fault handler that may sleep, after the same
 * `if (e)` test unlocks.  The flag is a copy of a temporary the front end
 * sets to 1 or 0: known there, `absent` agrees with `e`.  And the last
 * iteration's `e`, `ptl` and `absent`, reassigned before they are read,
 * are dead at the loop's head, so that states differing only in them
 * merge there instead of filling its budget.  Clean: the lock is never
 * held across the sleep.
 */
struct ent;
struct ent *lookup(unsigned long addr);
spinlock_t *ent_lockptr(struct ent *e);
int ent_none(struct ent *e);
int must_fault(unsigned int flags, struct ent *e, bool *unshare);
int present(unsigned long addr);
int fatal_pending(void);

static struct mutex fault_mutex;

static int do_fault(unsigned long addr, unsigned int flags)
{
	mutex_lock(&fault_mutex);
	mutex_unlock(&fault_mutex);
	return flags && addr;
}

static inline spinlock_t *ent_lock(struct ent *e)
{
	spinlock_t *ptl = ent_lockptr(e);

	spin_lock(ptl);
	return ptl;
}

long follow(unsigned long addr, unsigned long end, unsigned int flags)
{
	long done = 0;

	while (addr < end) {
		struct ent *e;
		spinlock_t *ptl = NULL;
		bool unshare = false;
		int absent;

		if (fatal_pending())
			break;
		e = lookup(addr);
		if (e)
			ptl = ent_lock(e);
		absent = !e || ent_none(e);
		if (absent && (flags & 1) && !present(addr)) {
			if (e)
				spin_unlock(ptl);
			break;
		}
		if (absent || must_fault(flags, e, &unshare)) {
			unsigned int fault_flags = 0;

			if (e)
				spin_unlock(ptl);
			if (flags & 2)
				fault_flags |= 4;
			do_fault(addr, fault_flags);
			continue;
		}
		done++;
		addr += 4096;
		spin_unlock(ptl);
	}
	return done;
}

/* The same loop faulting before it unlocks: a real sleep under the lock. */
long follow_faults_locked(unsigned long addr, unsigned long end, unsigned int flags)
{
	long done = 0;

	while (addr < end) {
		struct ent *e;
		spinlock_t *ptl = NULL;
		bool unshare = false;
		int absent;

		if (fatal_pending())
			break;
		e = lookup(addr);
		if (e)
			ptl = ent_lock(e);
		absent = !e || ent_none(e);
		if (absent && (flags & 1) && !present(addr)) {
			if (e)
				spin_unlock(ptl);
			break;
		}
		if (absent || must_fault(flags, e, &unshare)) {
			unsigned int fault_flags = 0;

			if (flags & 2)
				fault_flags |= 4;
			do_fault(addr, fault_flags);	/* expect: sleep-in-atomic */
			if (e)
				spin_unlock(ptl);
			continue;
		}
		done++;
		addr += 4096;
		spin_unlock(ptl);
	}
	return done;
}
