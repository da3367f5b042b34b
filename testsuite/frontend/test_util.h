/* SPDX-License-Identifier: GPL-2.0 */
/*
 * test_util.h - parsing inputs and asking structural questions of their IR,
 * for the front end's tests.
 */
#ifndef HMCHECK_TEST_FRONTEND_UTIL_H
#define HMCHECK_TEST_FRONTEND_UTIL_H

#include <stdio.h>

#include "frontend.h"

extern int test_failures;
extern const char *input_dir;

#define CHECK(cond) \
	((cond) ? (void)0 : (void)(test_failures++, \
	 fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond)))

/* Parse inputs/NAME with -I inputs/include; exits the test when it fails. */
struct tu *parse_input(const char *name);
struct ir_function *must_function(struct tu *tu, const char *name);

/* The nth (0-based) call to `callee`, or NULL; its block in *block. */
const struct ir_instr *find_call(const struct ir_function *fn, const char *callee,
				 int nth, int *block);
int count_ops(const struct ir_function *fn, enum ir_op op);
int count_terms(const struct ir_function *fn, enum ir_term_kind kind);
const struct ir_block *find_label(const struct ir_function *fn, const char *label);
const struct ir_term *find_branch(const struct ir_function *fn, const char *text);
int find_var(const struct ir_function *fn, const char *name);
/* Whether a path leads from block `from` to block `to`. */
int reaches(const struct ir_function *fn, int from, int to);

/* Every successor, variable and expression index is in range. */
void check_well_formed(const struct ir_function *fn);

#endif
