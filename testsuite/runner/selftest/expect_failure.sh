#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# expect_failure.sh PATTERN COMMAND... - run a case_check that must fail:
# it passes only if COMMAND exits non-zero AND its output matches PATTERN
# (an extended regular expression), so a case failing for another reason
# (say, a missing executable) does not count.
pattern=$1
shift
output=$("$@" 2>&1)
status=$?
printf '%s\n' "$output"
if [ "$status" -eq 0 ]; then
	echo "expect_failure: the command succeeded; it should have failed"
	exit 1
fi
if ! printf '%s\n' "$output" | grep -Eq -- "$pattern"; then
	echo "expect_failure: it failed, but not with: $pattern"
	exit 1
fi
echo "expect_failure: failed as it should"
exit 0
