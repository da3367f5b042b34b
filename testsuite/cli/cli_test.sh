#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# cli_test.sh - tests of the hmcheck command line, one per ctest test:
#   cli_test.sh HMCHECK DATA_DIR TEST [CASES]
# Each test runs hmcheck, then checks its exit status, stdout and stderr.
# The tests are the functions t_TEST of CASES (default: cli_cases.sh).
set -u

hmcheck=$1
data=$2
test=$3
cases=${4:-$(dirname "$0")/cli_cases.sh}
tmp=$(mktemp -d /tmp/hmcheck-cli.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
out=$tmp/stdout
err=$tmp/stderr
failed=0

run() {
	"$hmcheck" "$@" >"$out" 2>"$err"
	status=$?
}

# run, but a hang (an input that blocks, such as a FIFO) fails in 20 s.
run_bounded() {
	timeout 20 "$hmcheck" "$@" >"$out" 2>"$err"
	status=$?
}

fail() {
	echo "FAIL ($test): $*"
	echo "--- stdout:"; cat "$out"
	echo "--- stderr:"; cat "$err"
	failed=1
}

expect_status() {
	[ "$status" -eq "$1" ] || fail "exit status $status, want $1"
}

expect_in() {		# FILE TEXT: TEXT appears in FILE (fixed string)
	grep -qF -- "$2" "$1" || fail "'$2' not in $(basename "$1")"
}

expect_not_in() {
	! grep -qF -- "$2" "$1" || fail "'$2' unexpected in $(basename "$1")"
}

expect_lines() {	# FILE N: FILE has exactly N lines
	n=$(wc -l <"$1")
	[ "$n" -eq "$2" ] || fail "$(basename "$1") has $n lines, want $2"
}

expect_empty() {
	[ ! -s "$1" ] || fail "$(basename "$1") is not empty"
}

rule_names() {
	"$hmcheck" --list-rules | awk '{ print $1 }'
}

. "$cases"

case $test in
*[!a-z_]*|'') echo "bad test name '$test'"; exit 2 ;;
esac
if ! command -v "t_$test" >/dev/null 2>&1; then
	echo "no test '$test'"
	exit 2
fi
"t_$test"
exit $failed
