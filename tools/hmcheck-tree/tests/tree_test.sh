#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# tree_test.sh - tests of hmcheck-tree with fake-hmcheck over the small tree
# in tests/tree (see the markers in fake-hmcheck).
#
#   tree_test.sh HMCHECK_TREE TESTS_DIR TEST
#
# Over the whole tree, for x86: 10 units (scripts/ and arch/arm left out),
# fs/plain.c skipped, fs/crash.c, fs/hang.c and lib/broken.c failing, 10 map
# calls, 11 reports: order 1, leak 2, unbalanced 4, escape 1, depth 3.
set -u

tree_bin=$1
tests=$2
test=$3
fake=$tests/fake-hmcheck
fixture=$tests/tree
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0

fail() {
	echo "FAIL: $test: $*"
	failed=1
}

# run [hmcheck-tree args]: out, err and status in $work.
run() {
	"$tree_bin" --hmcheck "$fake" "$@" >"$work/out" 2>"$work/err"
	echo $? > "$work/status"
	echo "--- hmcheck-tree $*: exit $(cat "$work/status")"
	sed 's/^/out: /' "$work/out"
	sed 's/^/err: /' "$work/err"
}

expect_status() {
	[ "$(cat "$work/status")" = "$1" ] || fail "exit status $(cat "$work/status"), not $1"
}

# expect_in FILE TEXT: a line of $work/FILE contains TEXT.
expect_in() {
	grep -qF -- "$2" "$work/$1" || fail "no '$2' in $1"
}

expect_not_in() {
	! grep -qF -- "$2" "$work/$1" || fail "'$2' in $1"
}

test_summary() {
	run --tree "$fixture" -j2 --timeout 5 -q --summary-json "$work/s.json"
	expect_status 2
	expect_in err "10 units: 6 checked, 1 skipped (no mapping call), 3 failed"
	expect_in err "10 mapping call sites seen"
	expect_in err "11 findings by rule: order 1, sleep-in-atomic 0, leak 2, unbalanced 4,"
	expect_in err "escape 1, depth 3"
	expect_in err "fs/crash.c: failed: killed by signal 11"
	expect_in s.json '"units": 10,'
	expect_in s.json '"checked": 6,'
	expect_in s.json '"skipped": 1,'
	expect_in s.json '"failed": 3,'
	expect_in s.json '"map_call_sites": 10,'
	expect_in s.json '"findings": 11,'
	expect_in s.json '"leak": 2'
	expect_in s.json '{"file": "fs/hang.c", "status": "failed"'
	expect_in s.json '"failure": "timed out after 5 s"'
	expect_in s.json '{"file": "fs/plain.c", "status": "skipped"'
	expect_not_in s.json 'scripts/tool.c'
	expect_not_in s.json 'arch/arm'
	expect_in s.json '"arch/x86/mm/this_arch.c"'
}

# A crash, a hang and an error each fail their file; the others are reported.
test_isolation() {
	mkdir "$work/state"
	start=$(date +%s)
	FAKE_STATE=$work/state run --tree "$fixture" -j2 --timeout 2
	elapsed=$(( $(date +%s) - start ))
	expect_status 2
	expect_in out "fs/crash.c: failed: killed by signal 11"
	expect_in out "fake: about to crash"
	expect_in out "fs/hang.c: failed: timed out after 2 s"
	expect_in out "lib/broken.c: failed: hmcheck exited with status 2"
	expect_in out "fs/good.c:4:2: warning: fake report of leak [hmcheck-leak]"
	expect_in out "mm/unmap_only.c:4:2: warning: fake report of unbalanced"
	expect_in out "arch/x86/mm/this_arch.c:2:2: warning: fake report of escape"
	expect_in out "drivers/x/slow-2.c:6:2: note: the mapping was made here"
	[ "$elapsed" -lt 20 ] || fail "took $elapsed s: the hang was not cut short"
	pid=$(cat "$work/state/hang.pid" 2>/dev/null)
	[ -n "$pid" ] || fail "the hanging fake did not start"
	if [ -n "$pid" ] && alive "$pid"; then
		fail "the hanging fake's child $pid survived"
		kill "$pid"
	fi
}

# Killed processes may stay zombies a moment, until init reaps them.
alive() {
	for i in 1 2 3 4 5 6 7 8 9 10; do
		case $(ps -o stat= -p "$1") in
		""|Z*) return 1 ;;
		esac
		sleep 0.2
	done
	return 0
}

# The longest run of lines of one file must hold all of that file's lines.
check_grouping() {
	grep -E '^[a-z].*:[0-9]+:[0-9]+: ' "$work/out" | cut -d: -f1 |
		uniq | sort | uniq -d > "$work/split"
	[ ! -s "$work/split" ] || fail "interleaved output of: $(cat "$work/split")"
}

max_overlap() {
	sort -n "$work/state/overlap" | tail -n 1
}

test_parallel() {
	mkdir "$work/state"
	FAKE_STATE=$work/state run --tree "$fixture" -j2 drivers fs/good.c mm
	expect_status 0
	[ "$(max_overlap)" = 2 ] || fail "-j2 ran $(max_overlap) at once, not 2"
	[ "$(wc -l < "$work/state/log")" = 4 ] || fail "not 4 runs: $(cat "$work/state/log")"
	check_grouping
	expect_in err "4 units: 4 checked, 0 skipped (no mapping call), 0 failed"
	rm -rf "$work/state"/*
	FAKE_STATE=$work/state run --tree "$fixture" -j1 drivers fs/good.c
	[ "$(max_overlap)" = 1 ] || fail "-j1 ran $(max_overlap) at once"
	check_grouping
}

test_prefilter() {
	mkdir "$work/state"
	FAKE_STATE=$work/state run --tree "$fixture" --timeout 2 fs
	expect_in err "4 units: 1 checked, 1 skipped (no mapping call), 2 failed"
	expect_in err "4 mapping call sites seen"
	! grep -q plain.c "$work/state/log" || fail "the prefilter let fs/plain.c through"
	: > "$work/state/log"
	FAKE_STATE=$work/state run --tree "$fixture" --no-prefilter fs/plain.c
	expect_in err "1 unit: 1 checked, 0 skipped (no mapping call), 0 failed"
	expect_in err "0 mapping call sites seen"
	grep -q plain.c "$work/state/log" || fail "--no-prefilter skipped fs/plain.c"
}

test_exit_codes() {
	run --tree "$fixture" fs/good.c;		expect_status 0
	run --tree "$fixture" --Werror fs/good.c;	expect_status 1
	run --tree "$fixture" --Werror fs/plain.c;	expect_status 0
	run --tree "$fixture" lib/broken.c;		expect_status 2
	run --tree "$fixture" --bogus;			expect_status 2
	expect_in err "unknown option '--bogus'"
	run fs/good.c;					expect_status 2
	expect_in err "no input"
	run --tree "$fixture" fs/nonexistent;		expect_status 2
	expect_in err "fs/nonexistent"
	run --tree "$fixture" -j 0 fs;			expect_status 2
	run -p "$work/nowhere";				expect_status 2
	expect_in err "compile_commands.json"
	run --kbuild-args "$work/nowhere";		expect_status 2
	run --tree "$fixture" --hmcheck "$work/none" fs; expect_status 2
	expect_in err "$work/none: not an executable hmcheck"
	run --tree "$work" fs;				expect_status 2
	expect_in err "$work: not a configured tree"
	run --help;					expect_status 0
	expect_in out "usage: hmcheck-tree"
}

test_compdb() {
	mkdir "$work/state" "$work/build"
	cat > "$work/build/compile_commands.json" <<-EOF
	[
	  { "directory": "$fixture", "file": "fs/good.c",
	    "command": "gcc -Wp,-MMD,fs/.good.o.d -DFOO=1 -Iinclude -c -o fs/good.o fs/good.c" },
	  { "directory": "$fixture", "file": "$fixture/mm/unmap_only.c",
	    "arguments": ["cc", "-DBAR", "-c", "$fixture/mm/unmap_only.c", "-omm/u.o"] },
	  { "directory": "$fixture", "file": "fs/plain.c",
	    "command": "gcc -c -o fs/plain.o fs/plain.c" },
	  { "directory": "$fixture", "file": "arch/x86/entry.S",
	    "command": "gcc -D__ASSEMBLY__ -c -o arch/x86/entry.o arch/x86/entry.S" }
	]
	EOF
	FAKE_STATE=$work/state run -p "$work/build"
	expect_status 0
	expect_in err "3 units: 2 checked, 1 skipped (no mapping call), 0 failed"
	expect_in state/log "$fixture -Wp,-MMD,fs/.good.o.d -DFOO=1 -Iinclude fs/good.c"
	expect_in state/log "$fixture -DBAR $fixture/mm/unmap_only.c"
	expect_in out "fs/good.c:5:2: warning: fake report of order [hmcheck-order]"
	: > "$work/state/log"
	FAKE_STATE=$work/state run -p "$work/build" mm
	expect_in err "1 unit: 1 checked"
	expect_not_in state/log "good.c"
}

test_kbuild_args() {
	mkdir "$work/state" "$work/args"
	printf '%s\n' -D__linux__ -Wbitwise -nostdinc -include \
		./include/linux/kconfig.h '-DKBUILD_MODNAME="good"' fs/good.c \
		> "$work/args/fs_good.c.args"
	printf '%s\n' -D__KERNEL__ mm/unmap_only.c > "$work/args/mm_unmap_only.c.args"
	printf '%s\n' -D__KERNEL__ lib/broken.c > "$work/args/lib_broken.c.args"
	FAKE_STATE=$work/state run --kbuild-args "$work/args" --tree "$fixture" fs mm
	expect_status 0
	expect_in err "2 units: 2 checked"
	expect_in state/log "$fixture -D__linux__ -Wbitwise -nostdinc -include ./include/linux/kconfig.h -DKBUILD_MODNAME=\"good\" fs/good.c"
	expect_in state/log "$fixture -D__KERNEL__ mm/unmap_only.c"
	printf '%s\n' -D__KERNEL__ > "$work/args/bad.args"
	run --kbuild-args "$work/args" --tree "$fixture"
	expect_status 2
	expect_in err "bad.args: no source file on its last line"
}

test_derived_flags() {
	mkdir "$work/state"
	FAKE_STATE=$work/state run --tree "$fixture" drivers/x/slow-2.c
	expect_status 0
	for flag in -nostdinc -D__KERNEL__ -I./arch/x86/include -I./include/uapi \
		    "-include ./include/linux/kconfig.h" -std=gnu11 -I./drivers/x \
		    '-DKBUILD_BASENAME="slow_2"' '-DKBUILD_MODFILE="drivers/x/slow-2"' \
		    " drivers/x/slow-2.c"; do
		expect_in state/log "$flag"
	done
	# The architecture comes from .config, unless --arch says otherwise.
	mkdir -p "$work/arm/include/generated" "$work/arm/mm" "$work/arm/arch/x86"
	: > "$work/arm/include/generated/autoconf.h"
	echo CONFIG_ARM64=y > "$work/arm/.config"
	echo 'void *f(void *p) { return kmap(p); }' > "$work/arm/mm/f.c"
	cp "$work/arm/mm/f.c" "$work/arm/arch/x86/g.c"
	: > "$work/state/log"
	FAKE_STATE=$work/state run --tree "$work/arm"
	expect_in err "1 unit: 1 checked"
	expect_in state/log "--target=aarch64-linux-gnu"
	expect_in state/log "-I./arch/arm64/include "
	FAKE_STATE=$work/state run --tree "$work/arm" --arch x86 mm
	expect_in state/log "-I./arch/x86/include "
	# 32-bit ARM, named by the header kconfig writes: the target, byte
	# order and architecture level come from .config (the last
	# arch-$(CONFIG_CPU_32vN) arch/arm/Makefile sets wins).
	printf '%s\n' '# Linux/arm 6.1.0 Kernel Configuration' CONFIG_ARM=y \
		CONFIG_AEABI=y CONFIG_CPU_32v6K=y CONFIG_CPU_32v7=y > "$work/arm/.config"
	: > "$work/state/log"
	FAKE_STATE=$work/state run --tree "$work/arm" mm
	expect_status 0
	for flag in --target=arm-linux-gnueabi -mlittle-endian -mabi=aapcs-linux \
		    -D__LINUX_ARM_ARCH__=7 -march=armv7-a "-I./arch/arm/include "; do
		expect_in state/log "$flag"
	done
	printf '%s\n' CONFIG_CPU_32v6=y CONFIG_CPU_BIG_ENDIAN=y >> "$work/arm/.config"
	: > "$work/state/log"
	FAKE_STATE=$work/state run --tree "$work/arm" mm
	for flag in --target=armeb-linux-gnueabi -mbig-endian \
		    -D__LINUX_ARM_ARCH__=6 -march=armv6k; do
		expect_in state/log "$flag"
	done
	# An architecture without derived flags is refused, not read as x86.
	echo '# Linux/mips 6.1.0 Kernel Configuration' > "$work/arm/.config"
	run --tree "$work/arm" mm
	expect_status 2
	expect_in err "architecture 'mips' (.config) has no derived flags"
	run --tree "$work/arm" --arch sparc mm
	expect_status 2
	expect_in err "architecture 'sparc' (--arch) has no derived flags"
}

test_memory_limit() {
	run --tree "$fixture" --max-mem 64 lib/memory.c
	expect_status 2
	expect_in out "lib/memory.c: failed: hmcheck exited with status 3"
	run --tree "$fixture" --max-mem 0 lib/memory.c
	expect_status 0
	expect_in err "1 unit: 1 checked"
}

# --enable/--disable/--rules/--hmcheck-arg reach hmcheck; --rules feeds the prefilter.
test_passthrough() {
	mkdir -p "$work/state" "$work/t/include/generated"
	: > "$work/t/include/generated/autoconf.h"
	printf 'void *f(void *p) { return my_map(p); } /* FAKE_REPORT(leak) */\n' \
		> "$work/t/custom.c"
	printf 'map\tmy_map\tlocal\tpage=0\n' > "$work/my.rules"
	FAKE_STATE=$work/state run --tree "$work/t"
	expect_in err "1 unit: 0 checked, 1 skipped"
	FAKE_STATE=$work/state run --tree "$work/t" --rules "$work/my.rules" \
		--enable all --disable=deprecated --hmcheck-arg -v
	expect_in err "1 unit: 1 checked, 0 skipped"
	expect_in err "1 mapping call sites seen"
	expect_in state/log "--rules $work/my.rules --enable all --disable deprecated -v"
	run --tree "$work/t" --rules "$work/nowhere.rules"
	expect_status 2
}

case $test in
summary|isolation|parallel|prefilter|exit_codes|compdb|kbuild_args|derived_flags|\
memory_limit|passthrough)
	"test_$test" ;;
*)
	echo "tree_test.sh: unknown test '$test'"; exit 2 ;;
esac
[ $failed = 0 ] && echo "PASS: $test"
exit $failed
