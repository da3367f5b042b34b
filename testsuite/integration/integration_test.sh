#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# integration_test.sh - one ctest test of hmcheck where developers use it:
#   integration_test.sh HMCHECK FORMAT_PROBE SOURCE_DIR TEST
# runs function t_TEST of integration_cases.sh in SOURCE_DIR, so that
# reported paths are the repository's.
set -u

hmcheck=$1
probe=$2
top=$3
test=$4
here=$(cd "$(dirname "$0")" && pwd)
data=$here/data
tmp=$(mktemp -d /tmp/hmcheck-integration.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
out=$tmp/stdout
err=$tmp/stderr
failed=0
kshim="-I $top/testsuite/kshim/include"

run() {
	"$hmcheck" "$@" >"$out" 2>"$err"
	status=$?
}

fail() {
	echo "FAIL ($test): $*"
	echo "--- stdout:"; cat "$out" 2>/dev/null
	echo "--- stderr:"; cat "$err" 2>/dev/null
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

expect_count() {	# FILE TEXT N: TEXT is on exactly N lines of FILE
	n=$(grep -cF -- "$2" "$1")
	[ "$n" -eq "$3" ] || fail "'$2' on $n lines of $(basename "$1"), want $3"
}

check_output() {	# KIND FILE: check_output.py's field-by-field checks
	python3 "$here/check_output.py" "$1" "$2" || fail "$1 output is wrong"
}

. "$here/integration_cases.sh"

case $test in
*[!a-z_]*|'') echo "bad test name '$test'"; exit 2 ;;
esac
if ! command -v "t_$test" >/dev/null 2>&1; then
	echo "no test '$test'"
	exit 2
fi
cd "$top" || exit 2
"t_$test"
exit $failed
