#include "kapi.h"

/*
 * A scanner keeps `bool locked` and takes its zone's lock (interrupts off)
 * through a helper that returns true on every path, only when !locked;
 * now and then it hands &locked to a helper that drops the lock if
 * `*locked` says it is held, clears `*locked`, and then may reschedule.
 * The helper's sleep with the caller's lock held needs `*locked` false on
 * entry (a test of parameter 2's pointee); where it is true the lock is
 * dropped before the sleep.  A caller whose `locked` is true whenever it
 * holds the lock, from the helper's constant result, a branch or a
 * store, does not sleep in atomic context (compaction's
 * isolate_freepages_block() shape), also through a wrapper handing its
 * own `bool *locked` on untouched.  Twins that still report: a caller
 * holding the lock with its note false; a helper that sleeps before it
 * drops the lock; a helper that tests the note but never unlocks; a
 * caller that also keeps preemption off; a wrapper that clears the note
 * before handing it on.
 */
void spin_unlock_irqrestore(spinlock_t *lock, unsigned long flags);
unsigned long _spin_lock_irqsave(spinlock_t *lock);
#define spin_lock_irqsave(lock, flags) ((flags) = _spin_lock_irqsave(lock))
void cond_resched(void);
int stop_pending(void);
int page_free(unsigned long pfn);
void note_held(void);

struct zone {
	spinlock_t lock;
};

struct scan {
	struct zone *zone;
	int contended;
};

static bool scan_lock(spinlock_t *lock, unsigned long *flags)
{
	spin_lock_irqsave(lock, *flags);
	return true;
}

static bool scan_unlock_should_stop(spinlock_t *lock, unsigned long flags,
				    bool *locked, struct scan *sc)
{
	if (*locked) {
		spin_unlock_irqrestore(lock, flags);
		*locked = false;
	}
	if (stop_pending()) {
		sc->contended = 1;
		return true;
	}
	cond_resched();
	return false;
}

unsigned long scan_block(struct scan *sc, unsigned long pfn, unsigned long end)
{
	unsigned long flags = 0, n = 0;
	bool locked = false;

	for (; pfn < end; pfn++) {
		if (!(pfn % 32) &&
		    scan_unlock_should_stop(&sc->zone->lock, flags, &locked, sc))
			break;
		if (!page_free(pfn))
			continue;
		if (!locked) {
			locked = scan_lock(&sc->zone->lock, &flags);
			if (!page_free(pfn))
				continue;
		}
		n++;
	}
	if (locked)
		spin_unlock_irqrestore(&sc->zone->lock, flags);
	return n;
}

/* The note set by a store after the lock, and known from a branch. */
unsigned long scan_stored(struct scan *sc, unsigned long pfn, int hold)
{
	unsigned long flags = 0;
	bool locked = false;

	if (hold) {
		spin_lock_irqsave(&sc->zone->lock, flags);
		locked = true;
	}
	if (locked && page_free(pfn))
		scan_unlock_should_stop(&sc->zone->lock, flags, &locked, sc);
	if (hold && !locked)
		return 0;
	if (locked)
		spin_unlock_irqrestore(&sc->zone->lock, flags);
	return 1;
}

/* The lock taken, the note left false: the helper sleeps under it. */
unsigned long scan_unnoted(struct scan *sc, unsigned long pfn)
{
	unsigned long flags;
	bool locked = false;

	spin_lock_irqsave(&sc->zone->lock, flags);
	if (page_free(pfn))
		scan_unlock_should_stop(&sc->zone->lock, flags, &locked, sc);	/* expect: sleep-in-atomic */
	spin_unlock_irqrestore(&sc->zone->lock, flags);
	return 1;
}

static bool resched_then_unlock(spinlock_t *lock, unsigned long flags,
				bool *locked)
{
	cond_resched();
	if (*locked) {
		spin_unlock_irqrestore(lock, flags);
		*locked = false;
	}
	return false;
}

/* The helper sleeps before it looks at the note. */
unsigned long scan_early_sleep(struct scan *sc, unsigned long pfn)
{
	unsigned long flags = 0;
	bool locked = false;

	if (page_free(pfn))
		locked = scan_lock(&sc->zone->lock, &flags);
	if (locked)
		resched_then_unlock(&sc->zone->lock, flags, &locked);	/* expect: sleep-in-atomic */
	if (locked)
		spin_unlock_irqrestore(&sc->zone->lock, flags);
	return 1;
}

static bool note_then_resched(bool *locked)
{
	if (*locked)
		note_held();
	cond_resched();
	return false;
}

/* The helper tests the note but keeps the lock. */
unsigned long scan_kept(struct scan *sc, unsigned long pfn)
{
	unsigned long flags = 0;
	bool locked = false;

	if (page_free(pfn))
		locked = scan_lock(&sc->zone->lock, &flags);
	note_then_resched(&locked);	/* expect: sleep-in-atomic */
	if (locked)
		spin_unlock_irqrestore(&sc->zone->lock, flags);
	return 1;
}

/* The note true, the helper drops the lock, but preemption stays off. */
unsigned long scan_preempt_off(struct scan *sc, unsigned long pfn)
{
	unsigned long flags = 0;
	bool locked = false;

	preempt_disable();
	if (page_free(pfn))
		locked = scan_lock(&sc->zone->lock, &flags);
	if (locked)
		scan_unlock_should_stop(&sc->zone->lock, flags, &locked, sc);	/* expect: sleep-in-atomic */
	if (locked)
		spin_unlock_irqrestore(&sc->zone->lock, flags);
	preempt_enable();
	return 1;
}

/* A wrapper handing its own note on untouched: the test is its caller's. */
static bool scan_checkpoint(struct scan *sc, unsigned long flags, bool *locked)
{
	return scan_unlock_should_stop(&sc->zone->lock, flags, locked, sc);
}

unsigned long scan_wrapped(struct scan *sc, unsigned long pfn)
{
	unsigned long flags = 0;
	bool locked = false;

	if (page_free(pfn))
		locked = scan_lock(&sc->zone->lock, &flags);
	scan_checkpoint(sc, flags, &locked);
	if (locked)
		spin_unlock_irqrestore(&sc->zone->lock, flags);
	return 1;
}

/* A wrapper that forgets the note first: its helper sleeps under the lock. */
static bool scan_checkpoint_forgetful(struct scan *sc, unsigned long flags,
				      bool *locked)
{
	*locked = false;
	return scan_unlock_should_stop(&sc->zone->lock, flags, locked, sc);
}

unsigned long scan_wrapped_forgetful(struct scan *sc, unsigned long pfn)
{
	unsigned long flags = 0;
	bool locked = false;

	if (page_free(pfn))
		locked = scan_lock(&sc->zone->lock, &flags);
	scan_checkpoint_forgetful(sc, flags, &locked);	/* expect: sleep-in-atomic */
	if (locked)
		spin_unlock_irqrestore(&sc->zone->lock, flags);
	return 1;
}
