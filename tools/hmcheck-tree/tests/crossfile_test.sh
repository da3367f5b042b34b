#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# crossfile_test.sh - hmcheck-tree --db with the real hmcheck over a small
# project it writes itself, with its own compile_commands.json:
#
#   fs/f.c   maps with kmap_atomic and calls g_helper     (checked)
#   fs/g.c   g_helper calls h_helper                      (prefilter-skipped)
#   lib/h.c  h_helper calls msleep                        (prefilter-skipped)
#   fs/x.c   maps with kmap_atomic and calls wait_helper  (checked)
#   mm/w.c   wait_helper calls msleep                     (prefilter-skipped)
#   mm/u.c   unused_helper, needed by nobody               (stays skipped)
#
# Only the summary database can tell that f.c and x.c sleep in atomic
# context: two files and three files away.
#
#   crossfile_test.sh HMCHECK_TREE HMCHECK TEST
set -u

tree_bin=$1
hmcheck=$2
test=$3
work=$(cd "$(mktemp -d)" && pwd -P)	# the database names files by realpath
trap 'rm -rf "$work"' EXIT
failed=0
export XDG_CACHE_HOME="$work/cache"	# hmcheck --tree alone keeps its db there
. "$(dirname "$0")/lib.sh"

# compile_commands.json for project $1 listing the files after it.
write_compdb() {
	local p=$1 f sep=
	shift
	{
		echo '['
		for f in "$@"; do
			printf '%s  {"directory": "%s", "file": "%s/%s",\n' "$sep" "$p" "$p" "$f"
			printf '   "command": "cc -c -I%s/include -o x.o %s/%s"}' "$p" "$p" "$f"
			sep=',
'
		done
		echo
		echo ']'
	} > "$p/compile_commands.json"
}

write_project() {
	p=$1
	mkdir -p "$p/include" "$p/fs" "$p/lib" "$p/mm"
	cat > "$p/include/k.h" <<'END'
struct page;
void *kmap_atomic(struct page *page);
void __kunmap_atomic(void *addr);
#define kunmap_atomic(a) __kunmap_atomic(a)
void msleep(unsigned int ms);
int g_helper(int x);
int h_helper(int x);
void wait_helper(void);
int unused_helper(int x);
END
	cat > "$p/fs/f.c" <<'END'
#include "k.h"
int use_f(struct page *p)
{
	char *v = kmap_atomic(p);
	int r = g_helper(v[0]);
	kunmap_atomic(v);
	return r;
}
END
	cat > "$p/fs/g.c" <<'END'
#include "k.h"
int g_helper(int x)
{
	return h_helper(x) + 1;
}
END
	cat > "$p/lib/h.c" <<'END'
#include "k.h"
int h_helper(int x)
{
	if (x)
		msleep(10);
	return x;
}
END
	cat > "$p/fs/x.c" <<'END'
#include "k.h"
void use_x(struct page *p)
{
	char *v = kmap_atomic(p);
	wait_helper();
	v[0] = 1;
	kunmap_atomic(v);
}
END
	cat > "$p/mm/w.c" <<'END'
#include "k.h"
void wait_helper(void)
{
	msleep(1);
}
END
	cat > "$p/mm/u.c" <<'END'
#include "k.h"
int unused_helper(int x)
{
	return x + 1;
}
END
	write_compdb "$p" fs/f.c fs/g.c lib/h.c fs/x.c mm/w.c mm/u.c
}

# The sleep-in-atomic reports of f.c and x.c, with the chains in their notes.
expect_both_reports() {
	expect_in "$1" "fs/f.c:5:10: warning: g_helper() may sleep"
	expect_in "$1" "through g_helper -> h_helper -> msleep"
	expect_in "$1" "fs/x.c:5:2: warning: wait_helper() may sleep"
	expect_in "$1" "through wait_helper -> msleep"
}

test_db() {
	write_project "$work/p"
	run db -p "$work/p" --db "$work/p.db" -j1 -q
	expect_status db 0
	expect_both_reports db.out
	expect_in db.err "6 units: 5 checked, 1 skipped (no mapping call), 0 failed"
	expect_in db.err "2 findings by rule:"
	expect_in db.err "sleep-in-atomic 2"
	expect_in db.err "hmcheck-tree: cross-file: "
	expect_in db.err "3 skipped units checked: they define functions checked units need"
	grep -q "cross-file: [2-6] rounds, [1-9][0-9]* units\? re-checked, [1-9]" \
		"$work/db.err" || fail "no rounds, re-checks and learned functions in the summary"
	expect_not_in db.out "mm/u.c"
	# The same database again: everything known, one round, same reports.
	run again -p "$work/p" --db "$work/p.db" -j1 -q
	expect_both_reports again.out
	expect_in again.err "cross-file: 1 round, 0 units re-checked"
}

# With --tree the needed definitions are found in the tree's index.
test_index() {
	write_project "$work/p"
	run index -p "$work/p" --tree "$work/p" --db "$work/p.db" -j2 -q
	expect_status index 0
	expect_both_reports index.out
	expect_in index.err "3 skipped units checked: they define functions checked units need"
	[ "$(sqlite3 "$work/p.db" "SELECT count(*) FROM trees WHERE root = '$work/p'")" = 1 ] ||
		fail "the tree's index is not in the database"
}

test_no_db() {
	write_project "$work/p"
	run plain -p "$work/p" -j1 -q
	expect_status plain 0
	expect_not_in plain.out "may sleep"
	expect_in plain.err "6 units: 2 checked, 4 skipped (no mapping call), 0 failed"
	expect_in plain.err "0 findings by rule:"
	expect_not_in plain.err "cross-file"
}

# The rowids of the rows of `file` in the functions table.
rows_of() {
	sqlite3 "$work/p.db" "SELECT id, name FROM functions WHERE file = '$work/p/$1' ORDER BY id" | tr '\n' ' '
}

test_edit() {
	write_project "$work/p"
	run first -p "$work/p" --db "$work/p.db" -j2 -q
	expect_both_reports first.out
	g_rows=$(rows_of fs/g.c)
	w_rows=$(rows_of mm/w.c)
	h_rows=$(rows_of lib/h.c)
	[ -n "$g_rows" ] && [ -n "$w_rows" ] && [ -n "$h_rows" ] ||
		fail "no rows for g.c ($g_rows), w.c ($w_rows) or h.c ($h_rows)"
	# h_helper sleeps no more.
	sed -i 's/msleep(10);/x++;/' "$work/p/lib/h.c"
	run edited -p "$work/p" --db "$work/p.db" -j2 -q
	expect_status edited 0
	expect_not_in edited.out "g_helper() may sleep"
	expect_in edited.out "fs/x.c:5:2: warning: wait_helper() may sleep"
	expect_in edited.err "1 skipped unit checked: changed since the database saw it"
	[ "$(rows_of fs/g.c)" = "$g_rows" ] || fail "g.c rows changed: $g_rows -> $(rows_of fs/g.c)"
	[ "$(rows_of mm/w.c)" = "$w_rows" ] || fail "w.c rows changed: $w_rows -> $(rows_of mm/w.c)"
	[ "$(rows_of lib/h.c)" != "$h_rows" ] || fail "h.c rows not replaced: $h_rows"
	[ "$(sqlite3 "$work/p.db" "SELECT count(*) FROM functions WHERE sleep IS NOT NULL AND file = '$work/p/fs/g.c'")" = 0 ] ||
		fail "g_helper still sleeps in the database"
}

test_parallel() {
	write_project "$work/p"
	run one -p "$work/p" --db "$work/one.db" -j1 -q
	run two -p "$work/p" --db "$work/two.db" -j2 -q
	expect_both_reports two.out
	cmp -s "$work/one.out" "$work/two.out" || fail "-j1 and -j2 reports differ"
}

# --demand: each hmcheck finds the definitions in the tree itself, no db pass.
test_demand() {
	write_project "$work/p"
	run demand -p "$work/p" --demand -j2 -q
	expect_status demand 0
	expect_in demand.out "fs/f.c:5:10: warning: g_helper() may sleep"
	expect_in demand.out "fs/x.c:5:2: warning: wait_helper() may sleep"
	expect_in demand.err "6 units: 2 checked, 4 skipped (no mapping call), 0 failed"
}

# A caller checked before the file defining its callee (fs/a.c before
# lib/z.c with -j1): the callee hands out a kmap_atomic() address outside
# atomic context, so its first check asked the database in vain and needed
# nothing.  Once lib/z.c's rows are there, fs/a.c must be checked again:
# its msleep() is under that mapping.
write_caller_first() {
	p=$1
	mkdir -p "$p/include" "$p/fs" "$p/lib"
	cat > "$p/include/k.h" <<'END'
struct page;
void *kmap_atomic(struct page *page);
void __kunmap_atomic(void *addr);
#define kunmap_atomic(a) __kunmap_atomic(a)
void msleep(unsigned int ms);
void *map_entry(struct page *page);
END
	cat > "$p/fs/a.c" <<'END'
#include "k.h"
void use_entry(struct page *p)
{
	char *v = map_entry(p);
	msleep(1);
	v[0] = 1;
	kunmap_atomic(v);
}
END
	cat > "$p/lib/z.c" <<'END'
#include "k.h"
void *map_entry(struct page *page)
{
	return kmap_atomic(page);
}
END
	write_compdb "$p" fs/a.c lib/z.c
}

test_caller_first() {
	write_caller_first "$work/p"
	run first -p "$work/p" --db "$work/p.db" -j1 -q
	expect_status first 0
	expect_in first.out "fs/a.c:5:2: warning: msleep() may sleep"
	expect_in first.err "hmcheck-tree: cross-file: "
}

"test_$test"
[ $failed = 0 ] && echo "PASS: $test"
exit $failed
