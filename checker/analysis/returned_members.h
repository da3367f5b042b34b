/* SPDX-License-Identifier: GPL-2.0 */
/*
 * returned_members.h - members of a returned object its function set on
 * every return of it (`r->waiting = wait; return r;`), and in the caller
 * of `x = get(..., wait)`, what x->waiting holds: a constant, or the entry
 * value of one of the caller's own parameters (kept with stored_ints.c).
 */
#ifndef HMCHECK_ANALYSIS_RETURNED_MEMBERS_H
#define HMCHECK_ANALYSIS_RETURNED_MEMBERS_H

#include <stdbool.h>
#include "ir.h"

struct hm_walk;
struct path_state;

/* A summarized function returns `var` somewhere: its stores are kept. */
bool returned_members_keep(struct hm_walk *w, int var);
/* At a return: the members the path set in the object it returns. */
void returned_members_collect(struct hm_walk *w, const struct path_state *s,
			      const struct ir_expr *value);
/* After `x = f(...)`: what f's summary says x's members hold. */
void returned_members_apply(struct hm_walk *w, struct path_state *s,
			    const struct ir_instr *in);

/*
 * stored_ints.c: keep `value` (or, `symbolic`, the entry value of
 * parameter `param`) at `text`, a member of `var`, if worth keeping; and
 * the parameter whose entry value the path stored at `text`.
 */
void stored_int_add(struct hm_walk *w, struct path_state *s, int var,
		    const char *text, bool symbolic, int param,
		    long long value);
bool stored_param(const struct path_state *s, const char *text, int *param);
/* The local integer whose value the path stored at `text`, while it holds it. */
bool stored_copy(const struct path_state *s, const char *text, int *var);

#endif
