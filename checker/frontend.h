/* SPDX-License-Identifier: GPL-2.0 */
/*
 * frontend.h - parse one translation unit with libclang and hand out the IR
 * of its functions.  Function bodies are lowered lazily, on first request,
 * because a kernel file pulls in thousands of inline helpers from headers and
 * only the few that the analysis asks about need a graph.
 */
#ifndef HMCHECK_FRONTEND_H
#define HMCHECK_FRONTEND_H

#include <stdbool.h>
#include "ir.h"

struct tu;

struct frontend_options {
	bool verbose;		/* -v: say what was dropped or could not be lowered */
	bool show_clang_errors;	/* print clang's errors (default on) */
	/*
	 * Whether the analysis has a model entry for the function-like macro
	 * `name`: an invocation of one whose expansion makes no call of its
	 * own (preempt_disable() as barrier() on a kernel without a preempt
	 * count) is lowered with one call of the macro's name, so the entry
	 * is applied (lower_macro_call.c).  NULL: no such calls.
	 */
	bool (*modeled_macro)(const void *data, const char *name);
	const void *modeled_data;
};

/*
 * Parse `file` with compiler arguments `argv` (already filtered: see args.h).
 * Clang errors in the file are printed as "file:line:col: error: ..." on
 * stderr and parsing goes on where clang recovered.  Returns NULL, after a
 * one-line message naming the file, when nothing could be parsed at all
 * (file missing, unreadable, not C).
 */
struct tu *tu_parse(const char *file, int argc, const char *const *argv,
		    const struct frontend_options *opts);
void tu_free(struct tu *tu);

/* Number of clang errors seen while parsing (for the exit status / -v). */
int tu_error_count(const struct tu *tu);

/* Functions defined in the main file, in source order. */
int tu_nfunctions(struct tu *tu);
struct ir_function *tu_function_at(struct tu *tu, int i);

/* Any function with a body in the unit (main file or header), or NULL. */
struct ir_function *tu_function(struct tu *tu, const char *name);

/*
 * How often the unit's own code names function `name` other than as the
 * callee of a call: its address taken (a registration, a table of
 * handlers, an assignment), or -1 if `name` has no body here.
 */
int tu_function_address_uses(struct tu *tu, const char *name);

/* The main file's name as given to tu_parse(). */
const char *tu_main_file(const struct tu *tu);

#endif
