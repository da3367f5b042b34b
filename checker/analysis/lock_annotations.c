// SPDX-License-Identifier: GPL-2.0
/*
 * lock_annotations.c - a callee annotated __releases(lock) that leaves no
 * lock context itself still returns with its caller's lock released: it
 * unlocks where the analysis cannot follow, through a function pointer
 * ("fiq->ops->wake_pending_and_unlock(fiq)").  Its annotation is the
 * author's word for what the body does, so the caller leaves its innermost
 * lock once per annotation.  Only a lock the caller holds is left, so an
 * annotation on the wrong lock changes nothing that was not held.
 * __acquires() is not applied: its lock may be a mutex, and entering a
 * spinlock for it would report sleeps that are fine.
 */
#include <string.h>
#include "analysis/walk.h"
#include "analysis/summary.h"

/* Lock contexts, innermost first where a path holds both kinds. */
static const char *const lock_contexts[] = { "spin", "rwlock", NULL };

static bool is_lock_context(const char *name)
{
	int i;

	for (i = 0; lock_contexts[i]; i++)
		if (!strcmp(name, lock_contexts[i]))
			return true;
	return false;
}

/* The callee leaves some lock on some return itself: its summary says so. */
static bool leaves_lock_itself(const struct summary *sum)
{
	int i;

	for (i = 0; i < sum->ncontexts; i++)
		if (is_lock_context(sum->contexts[i].name) &&
		    sum->contexts[i].min_delta < 0)
			return true;
	return false;
}

static const char *held_lock_context(const struct path_state *s)
{
	int i, k;

	for (k = 0; lock_contexts[k]; k++)
		for (i = 0; i < s->ncontexts; i++)
			if (!strcmp(s->contexts[i].name, lock_contexts[k]) &&
			    s->contexts[i].depth > 0)
				return s->contexts[i].name;
	return NULL;
}

void apply_release_annotation(struct hm_walk *w, struct path_state *s,
			      const struct ir_instr *in, const struct summary *sum)
{
	const struct ir_function *callee;
	const char *context;
	int n;

	if (sum->external || !sum->name)
		return;
	callee = tu_function(w->an->tu, sum->name);
	/* __releases(RCU) and the like name no lock. */
	if (!callee || callee->nreleases <= 0 || !callee->releases ||
	    !strncmp(callee->releases, "RCU", 3) || leaves_lock_itself(sum))
		return;
	/*
	 * __releases(x) __acquires(x): it drops the lock and takes it again
	 * (md_bitmap_checkpage() around its allocation): held on return.
	 */
	if (callee->acquires && !strcmp(callee->acquires, callee->releases) &&
	    callee->nacquires == callee->nreleases)
		return;
	for (n = 0; n < callee->nreleases; n++) {
		context = held_lock_context(s);
		if (!context)
			return;
		leave_context(w, s, in, context, sum->name);
	}
}
