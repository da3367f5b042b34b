// options: --max-states 8 -v
#include "kapi.h"

/*
 * A state past one and a half times its block's budget loses its branch
 * facts, and with them the `if (e)` that pairs the unlock with the lock: it
 * may stand for paths that cannot happen (here: locked, then "no entry", so
 * not unlocked, then the fault handler's sleep).  Such a state reports
 * nothing (-v says how many reports were held back); a precise one, even
 * in the same function, still reports.  cond_lock_loop.c has the same loop
 * at the default budget.
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

/* Sleeps under a lock before the same loop: that path is precise. */
long follow_after_sleep(struct ent *first, unsigned long addr, unsigned long end)
{
	spinlock_t *ptl = ent_lock(first);
	long done = 0;

	do_fault(addr, 0);	/* expect: sleep-in-atomic */
	spin_unlock(ptl);
	while (addr < end) {
		struct ent *e;
		bool unshare = false;
		int absent;

		ptl = NULL;
		if (fatal_pending())
			break;
		e = lookup(addr);
		if (e)
			ptl = ent_lock(e);
		absent = !e || ent_none(e);
		if (absent && !present(addr)) {
			if (e)
				spin_unlock(ptl);
			break;
		}
		if (absent || must_fault(0, e, &unshare)) {
			if (e)
				spin_unlock(ptl);
			do_fault(addr, 0);
			continue;
		}
		done++;
		addr += 4096;
		spin_unlock(ptl);
	}
	return done;
}
