// SPDX-License-Identifier: GPL-2.0
/*
 * test_annotations.c - __releases(), __acquires() and __must_hold() read
 * from a definition's tokens, though the macros expand to nothing.
 */
#include <string.h>

#include "test_util.h"

static int same(const char *a, const char *b)
{
	return a && b && strcmp(a, b) == 0;
}

void test_annotations(void)
{
	struct tu *tu = parse_input("annotations.c");
	struct ir_function *through = must_function(tu, "unlock_through");
	struct ir_function *swap = must_function(tu, "swap_locks");
	struct ir_function *held = must_function(tu, "held");
	struct ir_function *plain = must_function(tu, "plain");

	CHECK(tu_error_count(tu) == 0);
	CHECK(through->nreleases == 1 && same(through->releases, "q->lock"));
	CHECK(through->nacquires == 0 && !through->acquires && !through->must_hold);
	CHECK(swap->nreleases == 2 && same(swap->releases, "q->lock"));
	CHECK(swap->nacquires == 1 && same(swap->acquires, "q->other"));
	CHECK(same(held->must_hold, "q->lock") && held->nreleases == 0);
	CHECK(!plain->releases && !plain->acquires && !plain->must_hold);
	CHECK(plain->nreleases == 0 && plain->nacquires == 0);
	tu_free(tu);
}
