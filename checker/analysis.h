/* SPDX-License-Identifier: GPL-2.0 */
/*
 * analysis.h - the path-sensitive walk over a unit's functions.  It keeps the
 * mapping stack and the atomic state along every path and tells the checks
 * (checks/check_*.c, one rule each) what happens; it knows no rule itself.
 */
#ifndef HMCHECK_ANALYSIS_H
#define HMCHECK_ANALYSIS_H

#include <stdbool.h>

struct tu;
struct api_model;
struct diag;

struct analysis_options {
	bool verbose;		/* -v: say when a function's budget ran out */
	int max_states_per_block; /* 0: default */
	long max_steps_per_function; /* 0: default */
};

/* Analyze every function defined in the unit's main file. */
void analyze_tu(struct tu *tu, const struct api_model *model,
		struct diag *diag, const struct analysis_options *opts);

#endif
