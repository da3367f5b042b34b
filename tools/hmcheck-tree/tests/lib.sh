# SPDX-License-Identifier: GPL-2.0
#
# lib.sh - what the hmcheck-tree tests that run the real hmcheck share.
# Sourced after setting tree_bin, hmcheck, test, work and failed.

fail() {
	echo "FAIL: $test: $*"
	failed=1
}

# run NAME [hmcheck-tree args]: $work/NAME.out, .err, .status
run() {
	name=$1
	shift
	"$tree_bin" --hmcheck "$hmcheck" --max-mem 0 "$@" >"$work/$name.out" 2>"$work/$name.err"
	echo $? > "$work/$name.status"
	echo "--- hmcheck-tree $*: exit $(cat "$work/$name.status")"
	sed 's/^/out: /' "$work/$name.out"
	sed 's/^/err: /' "$work/$name.err"
}

# expect_status NAME [STATUS]: the run ended with STATUS (0 if not given).
expect_status() {
	[ "$(cat "$work/$1.status")" = "${2:-0}" ] ||
		fail "$1: exit status $(cat "$work/$1.status"), not ${2:-0}"
}

# expect_in FILE TEXT: a line of $work/FILE contains TEXT.
expect_in() {
	grep -qF -- "$2" "$work/$1" || fail "no '$2' in $1"
}

expect_not_in() {
	! grep -qF -- "$2" "$work/$1" || fail "'$2' in $1"
}
