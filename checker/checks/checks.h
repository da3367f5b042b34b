/* SPDX-License-Identifier: GPL-2.0 */
/*
 * checks.h - what a rule sees.  The core walks every path and raises events
 * (a mapping made, an unmap, a call that may sleep, a dereference, a return
 * ...); each rule is one file, checks/check_RULE.c, that subscribes to the
 * events it cares about with hm_add_hook() and reports through hm_report().
 * A new rule is a new file and one line in checks.c; the core never changes.
 */
#ifndef HMCHECK_CHECKS_H
#define HMCHECK_CHECKS_H

#include <stdbool.h>
#include "diag.h"
#include "ir.h"
#include "model.h"
#include "analysis/state.h"

enum hm_event_kind {
	HM_EVENT_MAP,		/* after a mapping was pushed: `record` */
	HM_EVENT_UNMAP,		/* before the release: `match`, `record` */
	HM_EVENT_SLEEP,		/* a call that may sleep: `chain` */
	HM_EVENT_COPY_USER,	/* a user copy with page faults disabled */
	HM_EVENT_DEREF,		/* memory accessed through `var` holding `record` */
	HM_EVENT_USE,		/* `var` holding `record` passed to a call */
	HM_EVENT_ATOMIC_LEAVE,	/* `context` left; `unbalanced` if it was not held */
	HM_EVENT_CALL,		/* any call, after the core applied it */
	HM_EVENT_RETURN,	/* the function returns `value` (`record` if known) */
	HM_EVENT_FUNCTION_END,	/* the walk is over (reports are dropped if it
				   was cut short); `state` is NULL */
	HM_EVENT_COUNT
};

/* How the core matched an unmap's argument to the mappings it knows. */
enum unmap_match {
	UNMAP_MATCHED,		/* a live mapping of the right family */
	UNMAP_ASSUMED,		/* address unknown: taken to be the stack's top */
	UNMAP_WRAPPER_ARG,	/* from a parameter: this function unmaps for its caller */
	UNMAP_UNKNOWN,		/* nothing known and nothing live: say nothing */
	UNMAP_RELEASED,		/* that mapping was already released */
	UNMAP_NOTHING,		/* certainly no mapping: NULL, a constant, a page not held */
	UNMAP_PAGE_NOT_ADDRESS,	/* kunmap_local/kunmap_atomic given a page */
	UNMAP_ADDRESS_NOT_PAGE,	/* kunmap given a mapping's address */
	UNMAP_WRONG_FAMILY,	/* the mapping was made by another family */
};

struct hm_walk;

struct hm_event {
	enum hm_event_kind kind;
	struct hm_walk *walk;
	const struct path_state *state;
	const struct ir_function *fn;
	struct ir_loc loc;
	const struct ir_call *call;	/* the call, for call events */
	const struct api_entry *api;	/* its model entry, or NULL */
	const char *name;		/* the callee as written, or NULL */
	int record;			/* the mapping concerned, or -1 */
	int var;			/* DEREF, USE: the variable, or -1 */
	/* UNMAP */
	enum map_family family;		/* the family the unmap call belongs to */
	enum unmap_match match;
	const char *arg_text;
	/* SLEEP */
	const char *chain;		/* "helper -> mutex_lock" */
	struct ir_loc chain_loc;	/* the sleeping call at its end */
	/* ATOMIC_LEAVE */
	const char *context;
	bool unbalanced;
	/* RETURN */
	const struct ir_expr *value;
	/* CALL of a summarized function: how deep it nests its own mappings */
	int nested_depth;
	struct ir_loc nested_loc;	/* its deepest map */
	int depth_before;		/* the caller's nesting at the call */
	/* COPY_USER: its result, or the value of the macro it was written
	   through (err = __get_user(x, p)), is used */
	bool value_used;
	/* MAP: a live mapping made at this same site whose only holder this
	   map overwrites (nothing can release it any more), or -1 */
	int lost_record;
};

typedef void (*hm_hook)(const struct hm_event *ev);

void hm_add_hook(enum hm_event_kind kind, hm_hook hook);

/*
 * Start a report.  Returns NULL, and nothing is printed, when the function
 * is not reported on (a header function, a rule disabled): diag_note() and
 * diag_end() accept NULL.
 */
struct diag_report *hm_report(const struct hm_event *ev, const char *rule,
			      struct ir_loc loc, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
/* Notes for the branch decisions taken after decision number `since`. */
void hm_note_path(struct diag_report *r, const struct path_state *s, int since);

const char *hm_family_name(enum map_family family);
/* The unmap call that goes with a family: "kunmap_local" ... */
const char *hm_family_unmap(enum map_family family);
/* The unmap that releases record `r`: its rules entry's, else its family's. */
const char *hm_record_unmap(const struct map_record *r);

/* Called once, before the first unit is analyzed (checks.c). */
void checks_register_all(void);

#endif
