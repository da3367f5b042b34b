#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# kbuild_test.sh - hmcheck as kbuild's checker on a real Linux 6.1 tree:
#   kbuild_test.sh HMCHECK KERNEL_PREPARE [DIR] [OBJECT]
# `make C=2 CHECK="hmcheck --also-sparse -v" DIR` checks every file of DIR
# with both checkers (DIR, default fs/isofs/: small, built by the prepared
# config, clean); `make C=1 CHECK=hmcheck OBJECT` checks the one file it
# recompiles (default fs/btrfs/zlib.o, whose workspace keeps a pointer into a
# released mapping: a report with its notes).  Reports must arrive and the
# build must not break.
set -u

hmcheck=$1
prepare=$2
dir=${3:-fs/isofs/}
object=${4:-fs/btrfs/zlib.o}
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

HMCHECK_SPARSE=$tmp/sparse make -s C=2 CHECK="$hmcheck --also-sparse -v" "$dir" \
	>"$tmp/make.out" 2>&1
status=$?
[ $status -eq 0 ] || fail "make C=2 exited $status: the checker broke the build"
files=$(ls "$dir"*.o 2>/dev/null | grep -cv '\.mod\.o$')
checked=$(grep -c "^hmcheck: $dir[^ ]*\.c: clang " "$tmp/make.out")
[ "$checked" -ge 1 ] && [ "$checked" -ge "$files" ] ||
	fail "hmcheck ran on $checked files for $files objects in $dir"
runs=$(wc -l <"$tmp/sparse.runs" 2>/dev/null || echo 0)
[ "$runs" -ge 1 ] && [ "$runs" -ge "$files" ] ||
	fail "sparse ran $runs times for $files objects"
grep -q -- '-Wbitwise' "$tmp/sparse.runs" 2>/dev/null ||
	fail "sparse did not get kbuild's CHECKFLAGS"

# C=1: only what is recompiled; make one file out of date.
victim=${object%.o}.c
touch "$victim"
make -s C=1 CHECK="$hmcheck" "$object" >"$tmp/make.out" 2>&1
status=$?
[ $status -eq 0 ] || fail "make C=1 exited $status"
[ -f "${victim%.c}.o" ] || fail "make C=1 did not build ${victim%.c}.o"
[ "${victim%.c}.o" -nt "$victim" ] || fail "${victim%.c}.o not rebuilt"
grep -q "^$victim:[0-9]*:[0-9]*: warning: .*\[hmcheck-" "$tmp/make.out" ||
	fail "no hmcheck report for $victim from make C=1"
grep -q "^$victim:[0-9]*:[0-9]*: note: " "$tmp/make.out" ||
	fail "the report came without its notes"
[ $failed -eq 0 ] && echo "kbuild: make C=2 on $dir ($checked files, $runs sparse runs) and C=1 on $object: reports arrived"
exit $failed
