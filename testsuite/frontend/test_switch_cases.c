// SPDX-License-Identifier: GPL-2.0
/*
 * test_switch_cases.c - a switch whose case bodies declare variables: every
 * case is lowered, and no case becomes an early return.
 */
#include "test_util.h"

static void decl_cases(struct tu *tu)
{
	struct ir_function *fn = must_function(tu, "decl_cases");

	check_well_formed(fn);
	CHECK(find_call(fn, "one", 0, NULL) != NULL);
	CHECK(find_call(fn, "two", 0, NULL) != NULL);
	CHECK(find_call(fn, "four", 0, NULL) != NULL);
	CHECK(count_terms(fn, IR_TERM_RETURN) == 1);
}

static void in_statement_expression(struct tu *tu)
{
	struct ir_function *fn = must_function(tu, "in_statement_expression");

	check_well_formed(fn);
	CHECK(find_call(fn, "one", 0, NULL) != NULL);
	CHECK(find_call(fn, "four", 0, NULL) != NULL);
	CHECK(find_call(fn, "bad_size", 0, NULL) != NULL);
	CHECK(count_terms(fn, IR_TERM_RETURN) == 2);	/* the two in the C */
}

void test_switch_cases(void)
{
	struct tu *tu = parse_input("switch_cases.c");

	CHECK(tu_error_count(tu) == 0);
	decl_cases(tu);
	in_statement_expression(tu);
	tu_free(tu);
}
