#include "kapi.h"

/*
 * A helper whose every sleep needs one test, the paths to it apart by
 * several others (fs/btrfs/extent-io-tree.c __set_extent_bit(): `if
 * (bits & EXTENT_LOCKED)` both ways, a cached state and a change set
 * tested, then `if (gfpflags_allow_blocking(mask)) cond_resched();` in a
 * retry loop).  The groups of tests outgrow the room a summary has; cut
 * to their first tests they said "sleeps for any bits", and every
 * caller passing GFP_NOWAIT was reported (7 false reports in fs/btrfs
 * with --db).  The test every group needs is kept instead.  GFP_KERNEL
 * is still reported, and so is GFP_NOWAIT where one sleep needs no gfp.
 */
#define T_LOCKED	4u

static inline bool gfp_allows_blocking(const gfp_t gfp)
{
	return !!(gfp & ___GFP_DIRECT_RECLAIM);
}

struct ext_state { int start; };
static spinlock_t tree_lock;
void check_ptr(void *p);
int tree_full(void);
void record_change(void *changeset);

int set_bits(void *failed, unsigned int bits, struct ext_state **cached,
	     void *changeset, gfp_t mask)
{
	unsigned int exclusive = bits & T_LOCKED;

	if (exclusive)
		check_ptr(failed);
	else
		check_ptr(NULL);
again:
	spin_lock(&tree_lock);
	if (cached && *cached && (*cached)->start)
		goto hit;
	if (changeset)
		record_change(changeset);
	if (tree_full()) {
		spin_unlock(&tree_lock);
		if (gfp_allows_blocking(mask))
			cond_resched();
		goto again;
	}
hit:
	spin_unlock(&tree_lock);
	return 0;
}

/* The same, but a change set is recorded by a call that may sleep. */
void record_change_sleeping(void *changeset);

int set_bits_recording(void *failed, unsigned int bits,
		       struct ext_state **cached, void *changeset, gfp_t mask)
{
	unsigned int exclusive = bits & T_LOCKED;

	if (exclusive)
		check_ptr(failed);
	else
		check_ptr(NULL);
again:
	spin_lock(&tree_lock);
	if (cached && *cached && (*cached)->start)
		goto hit;
	if (tree_full()) {
		spin_unlock(&tree_lock);
		if (gfp_allows_blocking(mask))
			cond_resched();
		goto again;
	}
hit:
	spin_unlock(&tree_lock);
	if (changeset)
		msleep(1);
	return 0;
}

static spinlock_t map_lock;

void add_mapping(unsigned int bits, void *cs, struct ext_state **c)
{
	spin_lock(&map_lock);
	set_bits(NULL, bits, c, cs, GFP_NOWAIT);
	set_bits(NULL, bits, c, cs, GFP_KERNEL);	/* expect: sleep-in-atomic */
	set_bits_recording(NULL, bits, c, cs, GFP_NOWAIT);	/* expect: sleep-in-atomic */
	set_bits_recording(NULL, bits, c, NULL, GFP_NOWAIT);
	spin_unlock(&map_lock);
}
