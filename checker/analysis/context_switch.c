// SPDX-License-Identifier: GPL-2.0
/*
 * context_switch.c - contexts that are switched, not nested.  Interrupts
 * are on or off: local_irq_disable() with interrupts already off changes
 * nothing, and one local_irq_enable() (or spin_unlock_irq()) turns them on
 * whatever came before, as the reference engine and the CPU see it.  Only
 * the save/restore forms nest, by the flags they keep.  A rules entry says
 * which context it switches with `sets=`.  Once a path switched them on
 * below its entry, the caller's levels are gone for good: a disable or a
 * save after it holds them off by itself, and the function ends with them
 * on or off whatever its caller held (summary_collect.c).
 */
#include <string.h>
#include "walk.h"

static bool switches(const struct api_entry *api, const char *context)
{
	return api->sets && !strcmp(api->sets, context);
}

/*
 * Switched off after a switch on below the entry (local_irq_enable();
 * ...; local_irq_disable()): whatever the caller held is gone, and
 * interrupts are off now by this function's own disable, entered here.
 */
void switch_context_on(struct hm_walk *w, struct path_state *s,
		       struct ir_loc loc, const char *context, const char *by,
		       bool sleep_ok)
{
	struct context_depth *c = state_context(s, context);

	if (c) {
		/* Levels that may be held beyond depth: off now, for sure. */
		c->unsure = 0;
		if (c->depth > 0)
			return;
		if (c->caller_gone)
			c->depth = 0;
	}
	enter_context(w, s, context, loc, by, sleep_ok);
	if (c && c->depth <= 0)
		c->switched_on = false;
}

void enter_context_by(struct hm_walk *w, struct path_state *s,
		      const struct ir_instr *in, const struct api_entry *api,
		      const char *context, const char *by)
{
	struct context_depth *c;

	if (switches(api, context)) {
		switch_context_on(w, s, in->loc, context, by, api->sleep_ok);
		return;
	}
	c = state_context(s, context);
	/* A save after the caller's levels went: off by this one alone. */
	if (c && c->caller_gone && c->depth < 0)
		c->depth = 0;
	enter_context(w, s, context, in->loc, by, api->sleep_ok);
	if (c && c->depth <= 0)
		c->switched_on = false;
}

void switch_context_off(struct hm_walk *w, struct path_state *s,
			const struct ir_instr *in, const char *context,
			const char *by)
{
	struct context_depth *c = state_context(s, context);

	/* Switched on by this path already: nothing more to leave. */
	if (c && c->depth <= 0 && c->switched_on) {
		c->callers_on = true;
		return;
	}
	if (!c || c->depth <= 0) {
		leave_context(w, s, in, context, by);
		/* Below the entry: every level the caller holds is on. */
		if (c && c->depth < 0) {
			c->switched_on = true;
			c->caller_gone = true;
			c->callers_on = true;
		}
		return;
	}
	c->depth = 1;
	c->unsure = 0;
	leave_context(w, s, in, context, by);
	c->switched_on = c->depth == 0;
	/* From its own level: the caller's levels are on as well. */
	c->callers_on = c->switched_on;
	/* Its own disable since the caller's levels went: below again. */
	if (c->switched_on && c->caller_gone)
		c->depth = -1;
}

/*
 * A callee switched the context on, on the side of its result this path
 * took (context_result.c): as switch_context_off(), with no call to
 * leave by here.
 */
void context_switched_on(struct context_depth *c)
{
	c->unsure = 0;
	if (c->depth <= 0 && c->switched_on) {
		c->callers_on = true;
		return;
	}
	if (c->depth <= 0) {
		c->depth--;
		c->caller_gone = true;
	} else {
		c->depth = c->caller_gone ? -1 : 0;
	}
	c->switched_on = true;
	c->callers_on = true;
	state_context_floor(c);
}

void leave_context_by(struct hm_walk *w, struct path_state *s,
		      const struct ir_instr *in, const struct api_entry *api,
		      const char *context, const char *by)
{
	struct context_depth *c = state_context(s, context);

	if (switches(api, context)) {
		switch_context_off(w, s, in, context, by);
		return;
	}
	/*
	 * A restore brings back what its save found, perhaps the caller's
	 * levels from before the switch: no longer on for sure for them.
	 */
	if (c)
		c->callers_on = false;
	/*
	 * Switched on by this path already: a restore brings back what its
	 * save found, which was no deeper than what the switch cleared.
	 */
	if (c && c->depth <= 0 && c->switched_on)
		return;
	leave_context(w, s, in, context, by);
	/* The restore of a save made after the caller's levels went: on. */
	if (c && c->caller_gone && c->depth == 0) {
		c->depth = -1;
		c->switched_on = true;
		c->callers_on = true;
	}
}
