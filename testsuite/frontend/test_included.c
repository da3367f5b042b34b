// SPDX-License-Identifier: GPL-2.0
/*
 * test_included.c - a .c file #included by the main file (and one it
 * includes in turn) is the unit's own code; a header's inline is not.
 */
#include <string.h>

#include "test_util.h"

void test_included(void)
{
	struct tu *tu = parse_input("included/main.c");
	struct ir_function *helper, *nested, *header;

	CHECK(tu_error_count(tu) == 0);
	CHECK(tu_nfunctions(tu) == 3);
	CHECK(strcmp(tu_function_at(tu, 0)->name, "clear_first") == 0);
	helper = must_function(tu, "helper_read");
	nested = must_function(tu, "nested_value");
	header = must_function(tu, "map_and_clear");
	CHECK(helper->in_main_file && nested->in_main_file);
	CHECK(strstr(helper->loc.file, "included/helper_impl.c") != NULL);
	CHECK(helper->loc.line == 4);
	CHECK(strstr(nested->loc.file, "included/nested_impl.c") != NULL);
	CHECK(!header->in_main_file);
	CHECK(strstr(header->loc.file, "helpers.h") != NULL);
	tu_free(tu);
}
