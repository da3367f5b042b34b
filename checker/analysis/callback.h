/* SPDX-License-Identifier: GPL-2.0 */
/*
 * callback.h - functions a call of the unit registers to run later in a
 * context of their own (rules: `callback`, timer_setup() -> softirq).
 * Such a function is walked twice: once as usual, silent, for the summary
 * its direct callers use; once from that context, for its own reports.
 */
#ifndef HMCHECK_ANALYSIS_CALLBACK_H
#define HMCHECK_ANALYSIS_CALLBACK_H

#include <stdbool.h>
#include "ir.h"
#include "model.h"

struct analysis;
struct path_state;
struct summary;

/* Where a function is registered: the first registration in the unit. */
struct callback_start {
	const struct ir_function *fn;
	const struct api_entry *api;	/* context, also */
	const char *registered_by;	/* as written: "timer_setup" */
	struct ir_loc loc;		/* of the registering call */
	bool walked;
	int registrations;		/* calls registering it, all told */
	bool mixed;			/* some of them with another context */
	const char *runs_from;		/* callback_only.c: the registered
					   function a helper runs under */
};

struct callback_table;

/* Scan every call of the unit for registrations. */
struct callback_table *callback_table_find(struct analysis *an);
void callback_table_free(struct callback_table *t);

/*
 * callback_only.c: static functions the unit calls only from registered
 * functions of one context (and from each other), their address never
 * taken, appended to `starts` as run from that registration.
 */
bool same_context(const struct api_entry *a, const struct api_entry *b);
void callback_only_callers(struct analysis *an, struct callback_start **starts,
			   int *n);

/* The function's registration, or NULL if nothing registers it. */
const struct callback_start *callback_start_of(const struct analysis *an,
					       const struct ir_function *fn);
/* The path enters the function holding what its registration says. */
void callback_enter(const struct callback_start *start, struct path_state *s);
/* Walk a registered main-file function from its start context, once. */
void callback_walk(struct analysis *an, const struct ir_function *fn);

#endif
