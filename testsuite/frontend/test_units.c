// SPDX-License-Identifier: GPL-2.0
/*
 * test_units.c - whole units: header functions lowered on request, clang
 * errors counted and survived, a missing file refused.
 */
#include <string.h>

#include "test_util.h"

void test_headers(void)
{
	struct tu *tu = parse_input("headers.c");
	struct ir_function *helper, *varargs;

	CHECK(tu_error_count(tu) == 0);	/* stddef.h and stdarg.h were found */
	CHECK(tu_nfunctions(tu) == 1);
	helper = must_function(tu, "map_and_clear");
	varargs = must_function(tu, "sum_args");
	CHECK(!helper->in_main_file && helper->is_static && helper->is_inline);
	CHECK(strstr(helper->loc.file, "helpers.h") != NULL);
	CHECK(find_call(helper, "kmap_local_page", 0, NULL) != NULL);
	CHECK(count_terms(helper, IR_TERM_BRANCH) == 1);
	CHECK(varargs->nparams == 1);
	CHECK(tu_function(tu, "map_and_clear") == helper);	/* lowered once */
	CHECK(tu_function(tu, "no_such_function") == NULL);
	CHECK(find_call(tu_function_at(tu, 0), "map_and_clear", 0, NULL)->call.has_body);
	tu_free(tu);
}

void test_errors(void)
{
	struct frontend_options quiet = { .show_clang_errors = false };
	struct tu *tu = parse_input("errors.c");

	CHECK(tu_error_count(tu) == 1);
	CHECK(tu_nfunctions(tu) == 3);
	for (int i = 0; i < tu_nfunctions(tu); i++)
		check_well_formed(tu_function_at(tu, i));
	CHECK(find_call(must_function(tu, "also_fine"), "fine", 0, NULL) != NULL);
	tu_free(tu);
	CHECK(tu_parse("/nonexistent/file.c", 0, NULL, &quiet) == NULL);
}
