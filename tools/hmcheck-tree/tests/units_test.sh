#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# units_test.sh - what belongs to a unit and to a tree, with the real
# hmcheck over small projects the tests write:
#
#   included   a unit's #included .c files are read by the prefilter and
#              reported with it; one also compiled on its own is noted
#   arch_db    --db --tree: a needed function is looked up in the tree's
#   arch_demand  index (--demand: by hmcheck itself) among the configured
#              architecture's definitions only, never in arch/*/boot/
#
#   units_test.sh HMCHECK_TREE HMCHECK TEST
set -u

tree_bin=$1
hmcheck=$2
test=$3
work=$(cd "$(mktemp -d)" && pwd -P)
trap 'rm -rf "$work"' EXIT
failed=0
export XDG_CACHE_HOME="$work/cache"
. "$(dirname "$0")/lib.sh"

# compdb DIR FLAGS FILE...: DIR/compile_commands.json
compdb() {
	dir=$1
	flags=$2
	shift 2
	{
		echo '['
		sep=
		for f in "$@"; do
			printf '%s  {"directory": "%s", "file": "%s/%s",\n' "$sep" "$dir" "$dir" "$f"
			printf '   "command": "cc -c %s -o x.o %s/%s"}' "$flags" "$dir" "$f"
			sep=',
'
		done
		echo
		echo ']'
	} > "$dir/compile_commands.json"
}

write_header() {
	mkdir -p "$1/include"
	cat > "$1/include/k.h" <<'END'
struct page;
void *kmap_atomic(struct page *page);
void __kunmap_atomic(void *addr);
#define kunmap_atomic(a) __kunmap_atomic(a)
void msleep(unsigned int ms);
int arch_helper(int x);
int boot_helper(int x);
END
}

#   fs/main.c    no map call; #includes selftests/st.c (a leak)
#   fs/other.c   no map call; #includes "both.c", found through -I shared
#   shared/both.c  a clean map, also a unit of its own
#   fs/plain.c   no map call, includes nothing: skipped
write_included() {
	p=$1
	write_header "$p"
	mkdir -p "$p/fs/selftests" "$p/shared"
	cat > "$p/fs/main.c" <<'END'
#include "k.h"
int main_value(void)
{
	return 1;
}

#include "selftests/st.c"
END
	cat > "$p/fs/selftests/st.c" <<'END'
int st_first(struct page *p)
{
	char *v = kmap_atomic(p);

	if (v[0])
		return 1;
	kunmap_atomic(v);
	return 0;
}
END
	cat > "$p/fs/other.c" <<'END'
#include "k.h"
#include "both.c"
END
	cat > "$p/shared/both.c" <<'END'
#include "k.h"
void both_clear(struct page *p)
{
	char *v = kmap_atomic(p);

	v[0] = 0;
	kunmap_atomic(v);
}
END
	printf '#include "k.h"\nint plain(void) { return 0; }\n' > "$p/fs/plain.c"
	compdb "$p" "-I$p/include -I$p/shared" fs/main.c fs/other.c shared/both.c fs/plain.c
}

test_included() {
	write_included "$work/p"
	run inc -p "$work/p" -j2 -q
	expect_status inc
	expect_in inc.err "4 units: 3 checked, 1 skipped (no mapping call), 0 failed"
	expect_in inc.err "3 mapping call sites seen"
	expect_in inc.out "fs/selftests/st.c:3:12: warning: the mapping made by kmap_atomic(p) is not released"
	expect_in inc.err "note: shared/both.c is checked on its own and #included by fs/other.c"
	expect_not_in inc.out "fs/plain.c"
	[ "$(grep -c 'warning:' "$work/inc.out")" = 1 ] || fail "want one warning"
}

#   fs/f.c            calls arch_helper and boot_helper in atomic context
#   arch/arm/lib/h.c  arch_helper: does not sleep (and sorts first)
#   arch/x86/lib/h.c  arch_helper: sleeps
#   arch/x86/boot/compressed/b.c  boot_helper: sleeps, but is boot code
write_arches() {
	p=$1
	write_header "$p"
	mkdir -p "$p/fs" "$p/arch/arm/lib" "$p/arch/x86/lib" "$p/arch/x86/boot/compressed"
	printf 'CONFIG_64BIT=y\nCONFIG_X86_64=y\nCONFIG_X86=y\n' > "$p/.config"
	cat > "$p/fs/f.c" <<'END'
#include "k.h"
int use_f(struct page *p)
{
	char *v = kmap_atomic(p);
	int r = arch_helper(v[0]) + boot_helper(v[1]);

	kunmap_atomic(v);
	return r;
}
END
	printf '#include "k.h"\nint arch_helper(int x)\n{\n\treturn x;\n}\n' \
		> "$p/arch/arm/lib/h.c"
	printf '#include "k.h"\nint arch_helper(int x)\n{\n\tmsleep(x);\n\treturn x;\n}\n' \
		> "$p/arch/x86/lib/h.c"
	printf '#include "k.h"\nint boot_helper(int x)\n{\n\tmsleep(x);\n\treturn x;\n}\n' \
		> "$p/arch/x86/boot/compressed/b.c"
	compdb "$p" "-I$p/include" fs/f.c arch/arm/lib/h.c arch/x86/lib/h.c \
		arch/x86/boot/compressed/b.c
}

expect_x86_only() {
	expect_in "$1" "fs/f.c:5:10: warning: arch_helper() may sleep"
	expect_not_in "$1" "boot_helper() may sleep"
}

test_arch_db() {
	write_arches "$work/p"
	run db -p "$work/p" --tree "$work/p" --db "$work/p.db" -j1 -q
	expect_status db
	expect_x86_only db.out
	expect_in db.err "1 skipped unit checked: it defines functions checked units need"
}

test_arch_demand() {
	write_arches "$work/p"
	run demand -p "$work/p" --tree "$work/p" --demand -j1 -q
	expect_status demand
	expect_x86_only demand.out
}

case $test in
included|arch_db|arch_demand) "test_$test" ;;
*) echo "no test '$test'"; exit 2 ;;
esac
exit $failed
