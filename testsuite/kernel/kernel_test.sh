#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# kernel_test.sh - hmcheck end to end on real Linux 6.1 files: the tree that
# tools/kernel-prepare configures, flags derived by hmcheck-tree --tree, the
# real headers.  Every file listed must be checked: no crash, no timeout, no
# clang error (every file parsed whole), none skipped by the prefilter (they
# all use the mapping API).  The findings by rule are printed; their number
# is not judged here (the cases in testsuite/cases are the judges).
#
#   kernel_test.sh HMCHECK_TREE HMCHECK KERNEL_PREPARE FILES [--crossfile] [hmcheck-tree options]
#
# --crossfile: with a summary database and definitions found on demand
# (issue 4), and the one cross-file bug among these files must be found:
# fs/smb/client/file.c's copy_to_iter() under kmap_atomic(), which sleeps
# in alloc_page(GFP_USER) two files away for a pipe iterator.
set -u

tree_bin=$1
hmcheck=$2
prepare=$3
list=$4
shift 4
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0
crossfile=
if [ "${1:-}" = --crossfile ]; then
	crossfile=1
	shift
	set -- --db "$work/summary.sqlite" --demand "$@"
fi

fail() {
	echo "FAIL: kernel: $*"
	failed=1
}

# json_number KEY: an integer field of the summary.
json_number() {
	sed -n "s/^  \"$1\": \([0-9]*\),\$/\1/p" "$work/summary.json"
}

expect_number() {
	value=$(json_number "$1")
	[ "$value" = "$2" ] || fail "$1 is ${value:-missing}, not $2"
}

tree=$("$prepare") || { echo "FAIL: kernel: $prepare failed"; exit 1; }
files=$(grep -v '^#' "$list" | grep .)
nfiles=$(echo "$files" | wc -l)
echo "kernel: checking $nfiles files of $tree"

# $files is split on purpose: one PATH per file.
"$tree_bin" --tree "$tree" --hmcheck "$hmcheck" -j"$(nproc)" --timeout 120 \
	--summary-json "$work/summary.json" "$@" $files >"$work/out" 2>"$work/err"
status=$?
cat "$work/err"
# Reports, clang errors, failures and sanitizer reports; notes left out.
echo "kernel: hmcheck's output (notes left out):"
grep -v ': note: ' "$work/out"

[ "$status" = 0 ] || fail "hmcheck-tree exited with status $status"
[ -s "$work/summary.json" ] || { fail "no summary written"; exit 1; }
expect_number units "$nfiles"
expect_number checked "$nfiles"
expect_number skipped 0
expect_number failed 0
expect_number files_with_clang_errors 0
grep -E '"status": "(failed|skipped)"|"clang_errors": [1-9]' "$work/summary.json" |
	sed 's/^ */kernel: not checked whole: /'
if [ -n "$crossfile" ]; then
	grep -q '^hmcheck-tree: cross-file: [0-9]* rounds' "$work/err" ||
		fail "no cross-file summary line"
	grep -q 'fs/smb/client/file.c:3918:14: warning: copy_to_iter() may sleep' "$work/out" ||
		fail "the cross-file sleep in fs/smb/client/file.c was not found"
	grep -q 'through copy_to_iter -> .* -> alloc_page' "$work/out" ||
		fail "the chain to alloc_page is not in the note"
fi
[ $failed = 0 ] && echo "PASS: kernel: $nfiles files checked whole"
exit $failed
