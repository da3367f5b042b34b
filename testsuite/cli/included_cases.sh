# SPDX-License-Identifier: GPL-2.0
#
# included_cases.sh - a unit's own code includes the .c files it #includes
# (kernel selftests, lib/ code): sourced by cli_test.sh like cli_cases.sh.

t_included_c_file() {
	run "$data/included/unit.c"
	expect_in "$err" "included/selftest.c:4:15: warning: the mapping made by kmap_local_page(page) is not released"
	expect_in "$err" "[hmcheck-leak]"
	expect_in "$err" "included/selftest.c:8:3: note: returning here without unmapping"
	expect_not_in "$err" "helper.h"
	expect_not_in "$err" "unit.c:"
	[ "$(grep -c 'warning:' "$err")" -eq 1 ] || fail "want exactly one warning"
}
