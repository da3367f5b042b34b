#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# kbuild_test.sh - hmcheck as kbuild's checker on a real Linux 6.1 directory:
#   kbuild_test.sh HMCHECK KERNEL_PREPARE [DIR]
# `make C=2 CHECK="hmcheck --also-sparse" DIR` checks every file of DIR with
# both checkers; `make C=1 CHECK=hmcheck` the files it recompiles.  The
# reports must arrive and the build must not break.  DIR (default
# fs/isofs/, small, built by the prepared config, with a kmap_local_page()
# user whose error path hmcheck reports) must have such a report.
set -u

hmcheck=$1
prepare=$2
dir=${3:-fs/isofs/}
tmp=$(mktemp -d /tmp/hmcheck-kbuild.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
failed=0

fail() {
	echo "FAIL (kbuild): $*"
	echo "--- make output:"; cat "$tmp/make.out"
	failed=1
}

tree=$("$prepare") || { echo "kbuild: kernel-prepare failed"; exit 1; }
cd "$tree" || exit 1

# sparse through a wrapper that counts its runs, then runs the real one.
cat >"$tmp/sparse" <<WRAPPER
#!/bin/sh
echo "\$@" >>"$tmp/sparse.runs"
exec sparse "\$@"
WRAPPER
chmod +x "$tmp/sparse"

HMCHECK_SPARSE=$tmp/sparse make -s C=2 CHECK="$hmcheck --also-sparse" "$dir" \
	>"$tmp/make.out" 2>&1
status=$?
[ $status -eq 0 ] || fail "make C=2 exited $status: the checker broke the build"
grep -q ': warning: .*\[hmcheck-[a-z-]*\]$' "$tmp/make.out" ||
	fail "no hmcheck report from make C=2 $dir"
grep -q ': note: ' "$tmp/make.out" || fail "reports came without their notes"
files=$(ls "$dir"*.o 2>/dev/null | grep -cv '\.mod\.o$')
runs=$(wc -l <"$tmp/sparse.runs" 2>/dev/null || echo 0)
[ "$runs" -ge 1 ] && [ "$runs" -ge "$files" ] ||
	fail "sparse ran $runs times for $files objects"
grep -q -- '-Wbitwise' "$tmp/sparse.runs" 2>/dev/null ||
	fail "sparse did not get kbuild's CHECKFLAGS"

# C=1: only what is recompiled; make one file out of date.
victim=$(grep -l 'kmap' "$dir"*.c | head -n 1)
touch "$victim"
make -s C=1 CHECK="$hmcheck" "$dir" >"$tmp/make.out" 2>&1
status=$?
[ $status -eq 0 ] || fail "make C=1 exited $status"
[ -f "${victim%.c}.o" ] || fail "make C=1 did not build ${victim%.c}.o"
[ "${victim%.c}.o" -nt "$victim" ] || fail "${victim%.c}.o not rebuilt"
grep -q "^$victim:[0-9]*:[0-9]*: warning: .*\[hmcheck-" "$tmp/make.out" ||
	fail "no hmcheck report for $victim from make C=1"
[ $failed -eq 0 ] && echo "kbuild: make C=2 and C=1 on $dir: $runs sparse runs, reports arrived"
exit $failed
