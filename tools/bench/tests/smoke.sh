#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# smoke.sh - tools/bench/run over two small kernel files: the table is
# printed, every tool has its row and ran on both files without failing, and
# the per-file lines are there.  Then a tool that fails must be reported as
# failed.  Times are never judged.  Exit 77 (skipped) when the prepared tree,
# the recorded arguments, sparse or spatch are not on this machine.
#
#   smoke.sh RUN BENCH_PARSE_ONLY HMCHECK
set -u

run=$1
parse_only=$2
hmcheck=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0
tools="parse sparse spatch hmcheck hmcheck-db-cold hmcheck-db-warm"
tools="$tools hmcheck-demand-cold hmcheck-demand-warm"

fail() {
	echo "FAIL: bench: $*"
	failed=1
}

printf 'mm/highmem.c\nfs/isofs/compress.c\n' >"$work/files"
"$run" --files "$work/files" --hmcheck "$hmcheck" --parse-only "$parse_only" \
	>"$work/out" 2>"$work/err"
status=$?
cat "$work/out" "$work/err"
if [ $status = 3 ]; then
	echo "bench: skipped: $(cat "$work/err")"
	exit 77
fi
[ $status = 0 ] || fail "run exited with $status, not 0"
grep -q '^tool  *files  *wall s  *CPU s  *x parse  *x sparse  *x spatch  *failed$' \
	"$work/out" || fail "no table header"
for tool in $tools; do
	# The row: name (spatch says how many scripts), 2 files, ..., 0 failed.
	grep -Eq "^$tool( \([0-9]+ scripts\))? +2 +[0-9.]+ +[0-9.]+ .* 0\$" "$work/out" ||
		fail "no row with 2 files and 0 failed for $tool"
	case $tool in hmcheck*)
		grep -q "^$tool per file: median [0-9.]* s, worst [0-9.]* s (" "$work/out" ||
			fail "no per-file line for $tool"
	esac
done

# A checker that fails on every file: reported, and the exit status says so.
"$run" --files "$work/files" --tools hmcheck --hmcheck /bin/false \
	>"$work/out" 2>"$work/err"
status=$?
[ $status = 1 ] || fail "a failing hmcheck: run exited with $status, not 1"
grep -Eq '^hmcheck +2 .* 2$' "$work/out" || fail "a failing hmcheck: not 2 failed"
grep -q '^bench: hmcheck failed on mm/highmem.c: exit 1' "$work/err" ||
	fail "a failing hmcheck: no line naming the file"

[ $failed = 0 ] && echo "bench: smoke test passed"
exit $failed
