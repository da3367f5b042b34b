// SPDX-License-Identifier: GPL-2.0
/*
 * test_switch_cases.c - a switch whose case bodies declare variables: every
 * case is lowered, and no case becomes an early return; a switch on a
 * constant jumps to its one case, with no branch.
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
	CHECK(find_branch(fn, "r == 1") != NULL);
	CHECK(find_branch(fn, "r == 4") != NULL);
}

static void in_statement_expression(struct tu *tu)
{
	struct ir_function *fn = must_function(tu, "in_statement_expression");

	check_well_formed(fn);
	/* sizeof(int) is 4: the other cases are unreachable, and dropped. */
	CHECK(find_call(fn, "one", 0, NULL) == NULL);
	CHECK(find_call(fn, "four", 0, NULL) != NULL);
	CHECK(find_call(fn, "bad_size", 0, NULL) == NULL);
	CHECK(count_terms(fn, IR_TERM_RETURN) == 2);	/* the two in the C */
}

static void size_case(struct tu *tu)
{
	struct ir_function *fn = must_function(tu, "size_case");
	int four, eight;

	check_well_formed(fn);
	CHECK(count_terms(fn, IR_TERM_BRANCH) == 0);
	CHECK(find_call(fn, "one", 0, NULL) == NULL);
	CHECK(find_call(fn, "two", 0, NULL) == NULL);
	CHECK(find_call(fn, "bad_size", 0, NULL) == NULL);
	CHECK(find_call(fn, "four", 0, &four) != NULL);
	CHECK(find_call(fn, "eight", 0, &eight) != NULL);
	CHECK(four == eight || reaches(fn, four, eight));	/* fallthrough */
}

static void default_case(struct tu *tu)
{
	struct ir_function *fn = must_function(tu, "default_case");

	check_well_formed(fn);
	CHECK(count_terms(fn, IR_TERM_BRANCH) == 0);
	CHECK(find_call(fn, "one", 0, NULL) == NULL);
	CHECK(find_call(fn, "bad_size", 0, NULL) != NULL);
	CHECK(count_terms(fn, IR_TERM_RETURN) == 1);
}

static void no_case(struct tu *tu)
{
	struct ir_function *fn = must_function(tu, "no_case");

	check_well_formed(fn);
	CHECK(count_terms(fn, IR_TERM_BRANCH) == 0);
	CHECK(find_call(fn, "one", 0, NULL) == NULL);
	CHECK(find_call(fn, "four", 0, NULL) == NULL);
	CHECK(find_call(fn, "after", 0, NULL) != NULL);
}

static void range_case(struct tu *tu)
{
	struct ir_function *fn = must_function(tu, "range_case");

	check_well_formed(fn);
	CHECK(count_terms(fn, IR_TERM_BRANCH) == 0);
	CHECK(find_call(fn, "four", 0, NULL) == NULL);
	CHECK(find_call(fn, "eight", 0, NULL) != NULL);
}

static void goto_into_case(struct tu *tu)
{
	struct ir_function *fn = must_function(tu, "goto_into_case");

	check_well_formed(fn);
	CHECK(count_terms(fn, IR_TERM_BRANCH) == 1);	/* the if, not the cases */
	CHECK(find_call(fn, "one", 0, NULL) != NULL);
	CHECK(find_call(fn, "two", 0, NULL) != NULL);
}

void test_switch_cases(void)
{
	struct tu *tu = parse_input("switch_cases.c");

	CHECK(tu_error_count(tu) == 0);
	decl_cases(tu);
	in_statement_expression(tu);
	size_case(tu);
	default_case(tu);
	no_case(tu);
	range_case(tu);
	goto_into_case(tu);
	tu_free(tu);
}
