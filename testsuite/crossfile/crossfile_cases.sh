# SPDX-License-Identifier: GPL-2.0
#
# crossfile_cases.sh - functions defined in other files (issue 4): the
# summary database (--db) and demand-driven definitions (--tree).  Sourced
# by ../cli/cli_test.sh; test NAME is the function t_NAME and the ctest test
# crossfile_NAME.  Each test works on its own copy of the tree in $tmp.

copy_tree() {
	cp -r "$data" "$tmp/tree" && cd "$tmp/tree" || fail "cannot copy $data"
	export XDG_CACHE_HOME="$tmp/cache"
}

rows() {		# SQL: the query's rows from the test's database
	sqlite3 "$tmp/db" "$1"
}

CHAIN="through outer_helper -> middle -> inner -> msleep"

t_demand_chain() {
	copy_tree
	run --tree . --db "$tmp/db" fs/copy.c -Iinclude
	expect_status 0
	expect_in "$err" "fs/copy.c:8:10: warning: outer_helper() may sleep, but this path is in atomic context since kmap_atomic() on line 7 [hmcheck-sleep-in-atomic]"
	expect_in "$err" "lib/inner.c:8: note: it may sleep here, $CHAIN"
	[ "$(grep -c 'warning:' "$err")" -eq 1 ] || fail "want exactly one report"
}

t_demand_verbose_says_what() {
	copy_tree
	run -v --tree . --db "$tmp/db" fs/copy.c -Iinclude
	expect_in "$err" "indexing the function definitions of"
	expect_in "$err" "fs/helpers.c on demand, for outer_helper()"
	expect_in "$err" "lib/inner.c on demand, for inner()"
	expect_not_in "$err" "harmless.c"	# never needed
}

t_demand_depth_bound() {
	copy_tree
	run --tree . --db "$tmp/db" --demand-depth 2 fs/copy.c -Iinclude
	expect_status 0
	expect_not_in "$err" "warning:"
	run --tree . --db "$tmp/db" --demand-depth 3 fs/copy.c -Iinclude
	expect_in "$err" "$CHAIN"
	run --demand-depth 9 fs/copy.c
	expect_status 2
	expect_in "$err" "--demand-depth '9': a number from 0 to 8"
}

t_demand_without_db_uses_cache() {
	copy_tree
	run --tree . fs/copy.c -Iinclude
	expect_in "$err" "$CHAIN"
	ls "$tmp"/cache/hmcheck/trees/*.sqlite >/dev/null 2>&1 ||
		fail "no per-tree database under XDG_CACHE_HOME"
}

t_db_collect_then_check() {
	copy_tree
	# No --tree: the database knows only what was checked into it.
	run --db "$tmp/db" fs/copy.c -Iinclude
	expect_not_in "$err" "warning:"
	run --db "$tmp/db" lib/inner.c lib/middle.c fs/helpers.c -Iinclude
	expect_status 0
	expect_empty "$err"
	run --db "$tmp/db" fs/copy.c -Iinclude
	expect_in "$err" "outer_helper() may sleep"
	expect_in "$err" "$CHAIN"
	[ "$(rows "SELECT count(*) FROM files")" -eq 4 ] || fail "want 4 files in the db"
	run --db "$tmp/db" --demand-depth 2 fs/copy.c -Iinclude	# inner is 3 away
	expect_not_in "$err" "warning:"
}

t_db_records_calls_and_deps() {
	copy_tree
	run --db "$tmp/db" lib/inner.c lib/middle.c fs/helpers.c fs/copy.c -Iinclude
	[ "$(rows "SELECT own_sleep FROM functions WHERE name = 'inner'")" = msleep ] ||
		fail "inner's own sleep is not msleep"
	[ "$(rows "SELECT callee FROM calls JOIN functions ON id = caller WHERE name = 'middle'")" = inner ] ||
		fail "middle's call to inner is not recorded"
	[ "$(rows "SELECT count(*) FROM deps WHERE file LIKE '%fs/copy.c' AND callee = 'outer_helper'")" -eq 1 ] ||
		fail "copy.c's answer about outer_helper is not recorded"
}

t_db_edit_updates_one_file() {
	copy_tree
	run --db "$tmp/db" lib/inner.c lib/middle.c fs/helpers.c -Iinclude
	before=$(rows "SELECT id, file, summary FROM functions WHERE file NOT LIKE '%lib/inner.c' ORDER BY id")
	old_hash=$(rows "SELECT hash FROM files WHERE path LIKE '%lib/inner.c'")
	sed -i 's/msleep(10);/x++;/' lib/inner.c
	run --db "$tmp/db" lib/inner.c -Iinclude
	expect_status 0
	after=$(rows "SELECT id, file, summary FROM functions WHERE file NOT LIKE '%lib/inner.c' ORDER BY id")
	[ "$before" = "$after" ] || fail "rows of files not checked again changed"
	new_hash=$(rows "SELECT hash FROM files WHERE path LIKE '%lib/inner.c'")
	[ "$old_hash" != "$new_hash" ] || fail "lib/inner.c's content hash did not change"
	[ -z "$(rows "SELECT own_sleep FROM functions WHERE name = 'inner'")" ] ||
		fail "inner still sleeps"
	run --db "$tmp/db" fs/copy.c -Iinclude
	expect_not_in "$err" "warning:"
}

t_db_stale_file_is_not_believed() {
	copy_tree
	run --db "$tmp/db" lib/inner.c lib/middle.c fs/helpers.c -Iinclude
	sed -i 's/msleep(10);/x++;/' lib/inner.c	# changed, not checked again
	run --db "$tmp/db" fs/copy.c -Iinclude
	expect_not_in "$err" "warning:"
}

t_quiet_when_nothing_sleeps() {
	copy_tree
	run --tree . --db "$tmp/db" fs/quiet.c -Iinclude
	expect_status 0
	expect_empty "$err"
}

t_unknown_is_quiet_and_verbose_says_so() {
	copy_tree
	run --tree . --db "$tmp/db" fs/unknown.c -Iinclude
	expect_status 0
	expect_empty "$err"
	run -v --tree . --db "$tmp/db" fs/unknown.c -Iinclude
	expect_in "$err" "fs/unknown.c:9:10: note: mystery in atomic context: defined in no file known, assumed not to sleep"
	expect_in "$err" "note: a call through a function pointer in atomic context: target unknown, assumed not to sleep"
	expect_not_in "$err" "warning:"
}

t_parallel_writers() {
	copy_tree
	i=0
	while [ $i -lt 16 ]; do
		printf '#include "k.h"\nvoid msleep(unsigned int);\nint f%d(int x)\n{\n\tmsleep(x);\n\treturn x;\n}\n' \
			$i >lib/gen$i.c
		i=$((i + 1))
	done
	pids=
	i=0
	while [ $i -lt 16 ]; do
		"$hmcheck" --db "$tmp/db" lib/gen$i.c -Iinclude >"$tmp/out$i" 2>&1 &
		pids="$pids $!"
		i=$((i + 1))
	done
	for pid in $pids; do
		wait "$pid" || fail "a writer failed: $(cat "$tmp"/out*)"
	done
	[ "$(rows "SELECT count(*) FROM files")" -eq 16 ] || fail "not 16 files in the db"
	[ "$(rows "SELECT count(*) FROM functions WHERE own_sleep = 'msleep'")" -eq 16 ] ||
		fail "not 16 sleeping functions in the db"
	! grep -q locked "$tmp"/out* || fail "a writer saw a locked database"
}

t_bad_database() {
	copy_tree
	echo "not a database" >"$tmp/db"
	run --db "$tmp/db" fs/copy.c -Iinclude
	expect_status 2
	expect_lines "$err" 1
	expect_in "$err" "$tmp/db: summary database:"
}

t_database_of_another_version() {
	copy_tree
	sqlite3 "$tmp/db" "PRAGMA user_version = 18"
	run --db "$tmp/db" fs/copy.c -Iinclude
	expect_status 2
	expect_lines "$err" 1
	expect_in "$err" "written by another version (schema 18, not 19): remove it"
}

# --tree alone keeps its database in a cache named by the tree and the
# schema: a cache an older hmcheck left (HASH.sqlite, another schema) is
# left alone, not refused as a --db FILE of another version is.
t_tree_cache_of_another_version() {
	copy_tree
	run --tree . fs/copy.c -Iinclude
	expect_in "$err" "$CHAIN"
	cache=$(ls "$tmp"/cache/hmcheck/trees/*-s*.sqlite) ||
		fail "no per-tree database named by its schema"
	old="${cache%-s*.sqlite}.sqlite"
	rm -f "$cache"*
	sqlite3 "$old" "CREATE TABLE t(x); PRAGMA user_version = 1"
	run --tree . fs/copy.c -Iinclude
	expect_status 0
	expect_in "$err" "$CHAIN"
	[ "$(sqlite3 "$old" "PRAGMA user_version")" -eq 1 ] ||
		fail "the older cache was changed"
}

t_bad_tree() {
	copy_tree
	run --tree "$tmp/no-such-dir" fs/copy.c -Iinclude
	expect_status 2
	expect_lines "$err" 1
	expect_in "$err" "--tree $tmp/no-such-dir: No such file or directory"
}

t_contexts_left_elsewhere() {
	copy_tree
	run --tree . --db "$tmp/db" lib/locks.c fs/ctx.c -Iinclude
	expect_status 0
	expect_in "$err" "fs/ctx.c:29:2: warning: msleep() may sleep, but this path is in atomic context since spin_lock() on line 28"
	[ "$(grep -c 'warning:' "$err")" -eq 1 ] || fail "want exactly one report"
}

t_db_other_rules_drop_summaries() {
	copy_tree
	run --db "$tmp/db" lib/inner.c lib/middle.c fs/helpers.c -Iinclude
	[ "$(rows "SELECT count(*) FROM files")" -eq 3 ] || fail "want 3 files in the db"
	printf 'nosleep\tsome_local_helper\n' >"$tmp/local.rules"
	run --rules "$tmp/local.rules" --db "$tmp/db" fs/copy.c -Iinclude
	expect_status 0
	expect_not_in "$err" "warning:"
	[ "$(rows "SELECT count(*) FROM files")" -eq 1 ] ||
		fail "summaries made under other rules were kept"
	[ "$(rows "SELECT count(*) FROM meta WHERE key = 'model'")" -eq 1 ] ||
		fail "the rules are not recorded"
}

t_map_helpers_elsewhere() {
	copy_tree
	run --db "$tmp/db" lib/dir.c fs/lookup.c -Iinclude
	expect_status 0
	expect_in "$err" "fs/lookup.c:20:25: warning: the mapping made by find_entry(page) is not released on every path"
	[ "$(grep -c 'warning:' "$err")" -eq 1 ] || fail "want exactly one report"
}

# vfree() sleeps unless bottom halves are disabled (rules: unless=bh): the
# condition travels through lib/vbuf.c's summary and fs/bh_free.c's helper.
t_sleep_unless_bh_elsewhere() {
	copy_tree
	run --tree . --db "$tmp/db" fs/bh_free.c -Iinclude
	expect_status 0
	expect_in "$err" "fs/bh_free.c:38:2: warning: cache_drop() may sleep, but this path is in atomic context since kmap_atomic() on line 35 [hmcheck-sleep-in-atomic]"
	expect_in "$err" "lib/vbuf.c:16: note: it may sleep here, through cache_drop -> vbuf_release -> vfree"
	expect_not_in "$err" "bh_free.c:28"		# under spin_lock_bh()
	[ "$(grep -c 'warning:' "$err")" -eq 1 ] || fail "want exactly one report"
}

t_sleep_unless_bh_in_database() {
	copy_tree
	run --db "$tmp/db" lib/vbuf.c -Iinclude
	expect_status 0
	rows "SELECT summary FROM functions WHERE name = 'vbuf_release'" >"$tmp/sum"
	grep -q "^unless	bh	lib/vbuf.c	16	vfree$" "$tmp/sum" ||
		fail "vbuf_release's summary does not say 'unless bh': $(cat "$tmp/sum")"
	[ -z "$(rows "SELECT sleep FROM functions WHERE name = 'vbuf_release'")" ] ||
		fail "vbuf_release is recorded as sleeping always"
	run --db "$tmp/db" fs/bh_free.c -Iinclude
	expect_in "$err" "bh_free.c:38:2: warning: cache_drop() may sleep"
	expect_not_in "$err" "bh_free.c:28"
}

# A sleep "unless softirq" reached through a call out keeps its condition
# in the summary of a helper that calls it under its own spinlock: the
# tasklet calling that helper in fs/ring_rx.c is clean (it holds softirq),
# the helper itself and a caller under kmap_atomic() are not (net/smc's
# smc_cdc_msg_recv() -> smc_wr_tx_get_free_slot() with --db).
t_sleep_unless_softirq_far() {
	copy_tree
	run --db "$tmp/db" lib/ring_slot.c -Iinclude
	run --db "$tmp/db" fs/ring_tx.c -Iinclude
	run --db "$tmp/db" fs/ring_rx.c -Iinclude
	expect_status 0
	expect_in "$err" "fs/ring_rx.c:13:2: warning: ring_tx() may sleep, but this path is in atomic context since spin_lock() on line 12"
	expect_in "$err" "fs/ring_rx.c:36:2: warning: ring_rx_locked() may sleep, but this path is in atomic context since kmap_atomic() on line 33"
	expect_in "$err" "lib/ring_slot.c:16: note: it may sleep here, through ring_rx_locked -> ring_tx -> ring_slot_get -> msleep"
	expect_not_in "$err" "ring_rx.c:23"		# the tasklet
	[ "$(grep -c 'warning:' "$err")" -eq 2 ] || fail "want exactly two reports: $(cat "$err")"
	rows "SELECT summary FROM functions WHERE name = 'ring_rx_locked'" >"$tmp/sum"
	grep -q "^unless	bh,softirq,rcu_bh	lib/ring_slot.c	16	ring_tx -> ring_slot_get -> msleep$" "$tmp/sum" ||
		fail "ring_rx_locked's summary does not say 'unless softirq': $(cat "$tmp/sum")"
	[ -z "$(rows "SELECT sleep FROM functions WHERE name = 'ring_rx_locked'")" ] ||
		fail "ring_rx_locked is recorded as sleeping always"
}

# A member a helper of another file only increases (data_len += size) keeps
# the caller's "non-zero" across the call: fs/xmit.c's second test of
# tbuf_is_paged() takes the same side.  A helper that resets it does not,
# and without the database the call forgets as before.
t_grown_member_plain() {
	copy_tree
	run fs/xmit.c -Iinclude
	expect_status 0
	expect_in "$err" "fs/xmit.c:30:8: warning: the mapping made by kmap_atomic"
	expect_in "$err" "fs/xmit.c:43:8: warning: the mapping made by kmap_atomic"
}

t_grown_member_demand() {
	copy_tree
	run --tree . --db "$tmp/db" fs/xmit.c -Iinclude
	expect_status 0
	expect_not_in "$err" "fs/xmit.c:30"
	expect_in "$err" "fs/xmit.c:43:8: warning: the mapping made by kmap_atomic(buf->frags[0].page) is not released on every path"
	expect_in "$err" "fs/xmit.c:46:3: warning: kunmap_atomic(cp) but 'cp' holds no mapping"
	[ "$(grep -c 'warning:' "$err")" -eq 2 ] || fail "want exactly two reports"
}

t_grown_member_in_database() {
	copy_tree
	run --db "$tmp/db" lib/trailer.c -Iinclude
	expect_status 0
	rows "SELECT summary FROM functions WHERE name = 'trailer_append'" >"$tmp/sum"
	# grows by its parameter 1 (size), set to anything (-2)
	grep -q "^wrote	0	=->data_len	1$" "$tmp/sum" ||
		fail "trailer_append's summary does not say data_len grows: $(cat "$tmp/sum")"
	rows "SELECT summary FROM functions WHERE name = 'trailer_reset'" >"$tmp/sum"
	grep -q "^wrote	0	=->data_len	-2$" "$tmp/sum" ||
		fail "trailer_reset's summary does not say data_len is set: $(cat "$tmp/sum")"
	run --db "$tmp/db" fs/xmit.c -Iinclude
	expect_not_in "$err" "fs/xmit.c:30"
	expect_in "$err" "fs/xmit.c:43:8: warning:"
}

# A helper of another file keeps its kmap() in the list it is given; the
# caller then goes on in the new list its state holds: the old mapping
# stays in the old list (released there), not a leak of the caller's.
t_reassigned_list_holder() {
	copy_tree
	run --db "$tmp/db" lib/plist.c -Iinclude
	expect_status 0
	run --db "$tmp/db" fs/recon.c -Iinclude
	expect_status 0
	expect_not_in "$err" "fs/recon.c:"
}

# A helper releases the mapping its caller keeps in a member, calls
# something elsewhere that sleeps, and maps the member again for its
# caller (mm/memory.c's do_swap_page() in --tree runs).  Its calls
# elsewhere are made outside atomic context of its own: the mapping it
# hands back is not the context they are judged in, a mapping the caller
# still holds is.
t_calls_out_before_handed_back_mapping() {
	copy_tree
	cat >fs/fault.c <<'EOC'
#include "k.h"
struct req { struct page *page; unsigned long *entry; };

static int swap_path(struct req *rq)
{
	kunmap_atomic(rq->entry);
	rq->entry = 0;
	inner(1);
	rq->entry = kmap_atomic(rq->page);
	return 1;
}

int handle(struct req *rq)
{
	int ret = 0;

	rq->entry = kmap_atomic(rq->page);
	if (*rq->entry & 1)
		ret = swap_path(rq);
	kunmap_atomic(rq->entry);
	rq->entry = 0;
	return ret;
}

int handle_holding(struct req *rq, struct page *other)
{
	char *v = kmap_atomic(other);
	int ret = 0;

	rq->entry = kmap_atomic(rq->page);
	if (*rq->entry & 1)
		ret = swap_path(rq);
	kunmap_atomic(rq->entry);
	rq->entry = 0;
	kunmap_atomic(v);
	return ret;
}
EOC
	run --tree . --db "$tmp/db" fs/fault.c -Iinclude
	expect_status 0
	expect_not_in "$err" "fs/fault.c:19:"
	expect_in "$err" "fs/fault.c:32:9: warning: swap_path() may sleep, but this path is in atomic context since kmap_atomic() on line 27 [hmcheck-sleep-in-atomic]"
	[ "$(grep -c 'warning:' "$err")" -eq 1 ] || fail "want exactly one report"
}

# lib/pool.c's allocator sleeps only for a gfp with direct reclaim (a
# 'guard' line in its summary); fs/stats.c's helpers call it outside
# atomic context, and their call-outs keep the constant gfp: under
# kmap_atomic() in fs/drop.c, GFP_ATOMIC is quiet, directly or through
# stats_alloc(), and GFP_KERNEL is reported both ways (net/core/dev.c ->
# mm/percpu.c pcpu_alloc() on ARM).
t_gfp_guard_elsewhere() {
	copy_tree
	run --tree . --db "$tmp/db" fs/drop.c -Iinclude
	expect_status 0
	expect_in "$err" "fs/drop.c:26:2: warning: stats_alloc_kernel() may sleep"
	expect_in "$err" "pool.c:22: note: it may sleep here, through stats_alloc_kernel -> pool_alloc -> mutex_lock"
	expect_in "$err" "fs/drop.c:35:2: warning: pool_alloc() may sleep"
	[ "$(grep -c 'warning:' "$err")" -eq 2 ] || fail "want exactly two reports"
	rows "SELECT summary FROM functions WHERE name = 'pool_alloc'" >"$tmp/sum"
	grep -q "^guard	1	0	1024	0$" "$tmp/sum" ||
		fail "pool_alloc's summary has no guard: $(cat "$tmp/sum")"
}

# fs/event.c passes its callers' gfp to lib/pool.c's allocator through a
# static and an inline helper; it is analysed before the allocator is
# known, so only the call outs' record of which parameter carries the gfp
# (and the constant each caller passes) decides them.  Under kmap_atomic()
# in fs/event_user.c, GFP_ATOMIC is quiet, from fs/event.c's own constant
# or from the caller through fs/event.c's parameter; GFP_KERNEL, and a gfp
# changed on the way, are reported (drivers/scsi/cxgbi/libcxgbi.c ->
# iscsi_conn_error_event() -> netlink_broadcast() on ARM with --db).
t_gfp_passed_on_elsewhere() {
	copy_tree
	run --db "$tmp/db" fs/event.c -Iinclude
	expect_status 0
	run --db "$tmp/db" lib/pool.c -Iinclude
	run --db "$tmp/db" fs/event_user.c -Iinclude
	expect_status 0
	expect_in "$err" "fs/event_user.c:23:2: warning: event_post_kernel() may sleep"
	expect_in "$err" "fs/event_user.c:31:2: warning: event_post_gfp() may sleep"
	expect_in "$err" "fs/event_user.c:39:2: warning: event_post_more() may sleep"
	[ "$(grep -c 'warning:' "$err")" -eq 3 ] || fail "want exactly three reports: $(cat "$err")"
	rows "SELECT summary FROM functions WHERE name = 'event_post_gfp'" >"$tmp/sum"
	grep -Eq "^call	pool_alloc	event_multicast -> msg_send	[0-9]+				0:0,1:1$" "$tmp/sum" ||
		fail "event_post_gfp's call out does not pass its gfp on: $(cat "$tmp/sum")"
}

# The same on demand: fs/event.c is analysed for fs/event_user.c before
# lib/pool.c, which only the judging of the atomic calls asks for.
t_gfp_passed_on_demand() {
	copy_tree
	run --tree . --db "$tmp/db" fs/event_user.c -Iinclude
	expect_status 0
	expect_in "$err" "fs/event_user.c:23:2: warning: event_post_kernel() may sleep"
	expect_in "$err" "pool.c:22: note: it may sleep here, through event_post_gfp -> event_multicast -> msg_send -> pool_alloc -> mutex_lock"
	expect_in "$err" "fs/event_user.c:39:2: warning: event_post_more() may sleep"
	[ "$(grep -c 'warning:' "$err")" -eq 3 ] || fail "want exactly three reports: $(cat "$err")"
}

# fs/vstate.c calls lib/vstate.c's sleeping refresh unless its state is 1
# (`if (state == 1) return;`), or only for mode 2: the call outs keep the
# equality test ("1,0,0,0,==1"), through the static set_state() as the
# test of vstate_set()'s own parameter, and vstate_park()'s constant 1
# drops set_state()'s call out.  Under a spinlock in fs/vstate_user.c,
# the states and modes passed decide them (virt/kvm/kvm_main.c:234 with
# --db: kvm_xen_update_runstate_guest(v, RUNSTATE_runnable)).
t_equality_guard_elsewhere() {
	copy_tree
	run --db "$tmp/db" fs/vstate.c -Iinclude
	expect_status 0
	run --db "$tmp/db" lib/vstate.c -Iinclude
	run --db "$tmp/db" fs/vstate_user.c -Iinclude
	expect_status 0
	expect_in "$err" "fs/vstate_user.c:16:2: warning: vstate_update() may sleep"
	expect_in "$err" "fs/vstate_user.c:30:2: warning: vstate_set() may sleep"
	expect_in "$err" "fs/vstate_user.c:51:2: warning: vstate_kick() may sleep"
	[ "$(grep -c 'warning:' "$err")" -eq 3 ] || fail "want exactly three reports: $(cat "$err")"
	rows "SELECT summary FROM functions WHERE name = 'vstate_set'" >"$tmp/sum"
	grep -Eq "^call	vstate_refresh	set_state -> vstate_update	[0-9]+		1,0,0,0,==1		0:0$" "$tmp/sum" ||
		fail "vstate_set's call out lost its state test: $(cat "$tmp/sum")"
	rows "SELECT summary FROM functions WHERE name = 'vstate_park'" >"$tmp/sum"
	! grep -q "^call" "$tmp/sum" || fail "vstate_park keeps a call out: $(cat "$tmp/sum")"
}

# lib/getter.c's lookup sleeps only with one of its flags (two 'guard'
# lines), and calls lib/stable.c only with GET_STABLE (a guard field on
# its call out); fs/reclaim.c passes it constants.  Under kmap_atomic()
# in fs/zap.c, no flag is quiet, GET_STABLE is reported through
# lib/stable.c (mm/memory.c:1484 on ARM with --db: __filemap_get_folio()
# with no FGP_ flag from __try_to_reclaim_swap()).
t_guard_any_bit_elsewhere() {
	copy_tree
	run --tree . --db "$tmp/db" fs/zap.c -Iinclude
	expect_status 0
	expect_in "$err" "fs/zap.c:25:14: warning: try_reclaim_stable() may sleep"
	expect_in "$err" "get_item -> wait_stable -> msleep"
	[ "$(grep -c 'warning:' "$err")" -eq 1 ] || fail "want exactly one report"
	rows "SELECT summary FROM functions WHERE name = 'get_item'" >"$tmp/sum"
	[ "$(grep -c "^guard	1	0	" "$tmp/sum")" -eq 2 ] ||
		fail "get_item's summary has not two guards: $(cat "$tmp/sum")"
	grep -q "^call	wait_stable		[0-9]*		1,0,4,0$" "$tmp/sum" ||
		fail "get_item's call out has no guard: $(cat "$tmp/sum")"
}

# lib/slots.c's slot_lookup() sleeps only with both of its flags set (one
# group of two 'guard' lines, "&1"), slot_send() only with a NULL buffer.
# Under kmap_atomic() in fs/slot_post.c, either flag clear is quiet, and an
# address for the buffer; both flags set, and NULL, are reported
# (drivers/net/ethernet/qlogic/qed/qed_ll2.c, chtls_cm.c).
t_guard_group_elsewhere() {
	copy_tree
	run --tree . --db "$tmp/db" fs/slot_post.c -Iinclude
	expect_status 0
	expect_in "$err" "fs/slot_post.c:24:10: warning: slot_lookup() may sleep"
	expect_in "$err" "fs/slot_post.c:26:2: warning: slot_send() may sleep"
	[ "$(grep -c 'warning:' "$err")" -eq 2 ] ||
		fail "want exactly two reports: $(cat "$err")"
	rows "SELECT summary FROM functions WHERE name = 'slot_lookup'" >"$tmp/sum"
	[ "$(grep -c "^guard	[23]	1	0	0	&1$" "$tmp/sum")" -eq 2 ] ||
		fail "slot_lookup's summary has no group of two guards: $(cat "$tmp/sum")"
	rows "SELECT summary FROM functions WHERE name = 'slot_send'" >"$tmp/sum"
	grep -q "^guard	1	0	0	0$" "$tmp/sum" ||
		fail "slot_send's summary has no guard on its buffer: $(cat "$tmp/sum")"
}

# lib/frames.c's frame_send() sleeps only for two codes (`code == 2 ||
# code == 3`): its summary keeps two 'guard' lines, "==2" and "==3" (the
# second path's `code != 2` is implied by `code == 3`,
# sleep_guard_equals.c).  Under kmap_atomic() in fs/frame_post.c, other
# codes are quiet; FRAME_TEARDOWN is reported
# (drivers/net/wireless/marvell/mwifiex/tdls.c).
t_guard_equals_elsewhere() {
	copy_tree
	run --tree . --db "$tmp/db" fs/frame_post.c -Iinclude
	expect_status 0
	expect_in "$err" "fs/frame_post.c:21:10: warning: frame_send() may sleep"
	[ "$(grep -c 'warning:' "$err")" -eq 1 ] ||
		fail "want exactly one report: $(cat "$err")"
	rows "SELECT summary FROM functions WHERE name = 'frame_send'" >"$tmp/sum"
	[ "$(grep -c "^guard	" "$tmp/sum")" -eq 2 ] &&
		grep -q "^guard	1	1	0	0	==2$" "$tmp/sum" &&
		grep -q "^guard	1	1	0	0	==3$" "$tmp/sum" ||
		fail "frame_send's summary lacks its equality guards: $(cat "$tmp/sum")"
}

# fs/ifa_notify.c's __ifa_notify() tests `event` for truth, then reaches
# lib/ifa_group.c's sleep only in `case 2` of a switch on it: the call out
# keeps `event == 2` (the truth test, taken both ways, would merge into no
# guard), so ifa_notify(0) under a lock is quiet and ifa_notify(2) not.
t_call_out_switch_after_truth() {
	copy_tree
	run --tree . --db "$tmp/db" lib/ifa_group.c fs/ifa_notify.c -Iinclude
	expect_status 0
	expect_in "$err" "fs/ifa_notify.c:44:2: warning: ifa_notify() may sleep"
	[ "$(grep -c 'warning:' "$err")" -eq 1 ] ||
		fail "want exactly one report: $(cat "$err")"
}

# lib/sk_send.c waits only when a static inline helper's timeout is
# nonzero, that is when `noblock` is 0 (guard "1 0"); fs/sk_reply.c's
# sk_append() passes `flags & MSG_DONTWAIT` there ("1:1&64"), so under
# its spinlock MSG_DONTWAIT is quiet and MSG_MORE alone sleeps; through
# the exported wrapper, fs/sk_reply_user.c's constants decide the same
# (net/ipv4/icmp.c ... -> __ip_append_data() -> sock_alloc_send_pskb()
# with --db, sweep 21).  Analysed in either order.
t_masked_flag_elsewhere() {
	copy_tree
	run --tree . --db "$tmp/db" lib/sk_send.c fs/sk_reply.c -Iinclude
	expect_status 0
	expect_in "$err" "fs/sk_reply.c:33:6: warning: sk_append() may sleep"
	[ "$(grep -c 'warning:' "$err")" -eq 1 ] ||
		fail "want exactly one report: $(cat "$err")"
	rows "SELECT summary FROM functions WHERE name = 'sk_alloc_send'" >"$tmp/sum"
	grep -q "^guard	1	0	0	0$" "$tmp/sum" ||
		fail "sk_alloc_send's sleep is not guarded by noblock: $(cat "$tmp/sum")"
	rows "SELECT summary FROM functions WHERE name = 'sk_append'" >"$tmp/sum"
	grep -Eq "^call	sk_alloc_send		15			1,0,0,64	0:0,1:1&64$" "$tmp/sum" ||
		fail "sk_append's call out does not pass its flag's bit: $(cat "$tmp/sum")"
	run --tree . --db "$tmp/db" fs/sk_reply_user.c -Iinclude
	expect_in "$err" "fs/sk_reply_user.c:14:2: warning: sk_reply_flags() may sleep"
	[ "$(grep -c 'warning:' "$err")" -eq 1 ] ||
		fail "want exactly one report: $(cat "$err")"
}

# The same with fs/sk_reply.c analysed before lib/sk_send.c is known: its
# call outs keep the mask alone, and the constant passed reaches the
# callee masked when fs/sk_reply_user.c is judged.
t_masked_flag_before_callee() {
	copy_tree
	run --db "$tmp/db" fs/sk_reply.c -Iinclude
	run --db "$tmp/db" lib/sk_send.c -Iinclude
	run --db "$tmp/db" fs/sk_reply_user.c -Iinclude
	expect_status 0
	expect_in "$err" "fs/sk_reply_user.c:14:2: warning: sk_reply_flags() may sleep"
	expect_in "$err" "lib/sk_send.c:24: note: it may sleep here, through sk_reply_flags -> sk_append -> sk_alloc_send -> msleep"
	[ "$(grep -c 'warning:' "$err")" -eq 1 ] ||
		fail "want exactly one report: $(cat "$err")"
	rows "SELECT summary FROM functions WHERE name = 'sk_reply_flags'" >"$tmp/sum"
	grep -Eq "^call	sk_alloc_send	sk_append	41				0:0,1:1&64$" "$tmp/sum" ||
		fail "sk_reply_flags's call out lost the mask: $(cat "$tmp/sum")"
}

# A call out made only where a bit of a member of the parameter is clear
# (fs/walk_start.c's walk_jump(): `if (!(w->flags & WALK_LAZY))
# walk_put(&w->path)` -> lib/walk_ref.c's wref_put(), which may sleep),
# as 6.1's nd_jump_root() -> path_put() -> dput(): the call out keeps the
# test of parameter 0's "->flags" (call ... 0,0,0,BITS,->flags), and a
# caller that locked only with the bit set in the flags it stored there
# (`w->flags = flags`) does not sleep.  The bit clear: reported.
t_member_bit_call_out() {
	copy_tree
	run --tree . --db "$tmp/db" lib/walk_ref.c fs/walk_start.c -Iinclude
	expect_status 0
	expect_in "$err" "fs/walk_start.c:59:2: warning: walk_jump() may sleep, but this path is in atomic context since spin_lock() on line 57"
	expect_in "$err" "lib/walk_ref.c:10: note: it may sleep here, through walk_jump -> walk_put -> wref_put -> msleep"
	[ "$(grep -c 'warning:' "$err")" -eq 1 ] ||
		fail "want exactly one report: $(cat "$err")"
	rows "SELECT summary FROM functions WHERE name = 'walk_jump'" >"$tmp/sum"
	grep -Eq "^call	wref_put	walk_put	36		0,0,0,3,->flags$" "$tmp/sum" ||
		fail "walk_jump's call out lost its member's test: $(cat "$tmp/sum")"
}

# A store under a mapping asks what the callees' sleeps test, analyzing
# other files on demand only for the calls still ahead of it:
# fault_wait_entry() is made before kmap_atomic(), and its file stays out
# of the database (6.1's do_swap_page() brought mm/migrate.c in through
# migration_entry_wait(), and with it an ARM --db report in fs/aio.c).
# fault_settle(), called under the mapping, is still analyzed and decided
# by the store: 0 reported, 1 quiet.
t_demand_store_only_calls_ahead() {
	copy_tree
	run -v --tree . --db "$tmp/db" fs/fault_swap.c -Iinclude
	expect_status 0
	expect_in "$err" "lib/fault_settle.c on demand, for fault_settle()"
	expect_not_in "$err" "fault_wait.c"
	expect_in "$err" "fs/fault_swap.c:24:2: warning: fault_settle() may sleep, but this path is in atomic context since kmap_atomic() on line 22"
	[ "$(grep -c 'warning:' "$err")" -eq 1 ] ||
		fail "want exactly one report: $(cat "$err")"
	[ "$(rows "SELECT count(*) FROM files WHERE path LIKE '%lib/fault_wait.c'")" -eq 0 ] ||
		fail "lib/fault_wait.c was analyzed on demand"
}

# The flags as the ninth and tenth arguments, as ip_append_data() and
# __ip_append_data() take them: fs/sk_push.c's MSG_DONTWAIT is quiet,
# MSG_MORE sleeps, whichever of the two files was analysed first.
t_masked_flag_far_argument() {
	copy_tree
	run --db "$tmp/db" fs/sk_reply.c -Iinclude
	run --db "$tmp/db" lib/sk_send.c -Iinclude
	run --db "$tmp/db" fs/sk_push.c -Iinclude
	expect_status 0
	expect_in "$err" "fs/sk_push.c:15:2: warning: sk_append_data() may sleep"
	[ "$(grep -c 'warning:' "$err")" -eq 1 ] ||
		fail "want exactly one report: $(cat "$err")"
	rows "SELECT summary FROM functions WHERE name = 'sk_append_data'" >"$tmp/sum"
	grep -q "^call	sk_alloc_send	sk_append_far	.*	0:0,1:8&64$" "$tmp/sum" ||
		fail "sk_append_data's call out lost its ninth argument: $(cat "$tmp/sum")"
	run --db "$tmp/db" fs/sk_reply.c -Iinclude
	run --db "$tmp/db" fs/sk_push.c -Iinclude
	expect_in "$err" "fs/sk_push.c:15:2: warning: sk_append_data() may sleep"
	[ "$(grep -c 'warning:' "$err")" -eq 1 ] ||
		fail "want exactly one report: $(cat "$err")"
}

# fs/devstate.c's sdev_set_state() calls lib/devwake.c's sleeping
# sdev_set_wakeup() only past `new_state != DS_GONE` (0), its paths there
# also testing `new_state != DS_SUSPENDED` or `== DS_CONFIGURED`: the call
# out must keep the test that implies the others, or on a tie the truth
# test, not `!= DS_SUSPENDED`, which fs/devdied.c's DS_GONE passes.
t_call_out_test_implying_most() {
	copy_tree
	run --tree . --db "$tmp/db" lib/devwake.c fs/devstate.c fs/devdied.c -Iinclude
	expect_status 0
	expect_in "$err" "fs/devdied.c:18:2: warning: sdev_set_state() may sleep"
	[ "$(grep -c 'warning:' "$err")" -eq 1 ] ||
		fail "want exactly one report: $(cat "$err")"
	rows "SELECT summary FROM functions WHERE name = 'sdev_set_state'" >"$tmp/sum"
	grep -q "^call	sdev_set_wakeup		[0-9]*		1,1,0,0	" "$tmp/sum" ||
		fail "the call out does not keep new_state's truth: $(cat "$tmp/sum")"
}

# lib/rq_lock.c's rq_lock_nested() takes a spinlock once on every return
# (a lock wrapper), rq_unlock() drops it once.  fs/rq_attach.c's inline
# rq_unlock_irqrestore() calls rq_unlock(): walked from its own entry it
# holds no lock, yet its summary must say it drops its caller's, so that
# rq_attach() leaves none held and rq_attach_then_sleep() is quiet
# (kernel/sched's raw_spin_rq_unlock(), sweep22); rq_sleep_locked(), which
# sleeps between the two, is still reported.
t_unlock_wrapper_in_helper() {
	copy_tree
	run --tree . --db "$tmp/db" lib/rq_lock.c fs/rq_attach.c -Iinclude
	expect_status 0
	expect_in "$err" "fs/rq_attach.c:41:2: warning: msleep() may sleep"
	[ "$(grep -c 'warning:' "$err")" -eq 1 ] ||
		fail "want exactly one report: $(cat "$err")"
	rows "SELECT summary FROM functions WHERE name = 'rq_unlock_irqrestore'" >"$tmp/sum"
	grep -q "^context	spin	-1	0	-1	-1	0$" "$tmp/sum" ||
		fail "rq_unlock_irqrestore does not drop its caller's lock: $(cat "$tmp/sum")"
}

# fs/tlog.c holds its own preempt level around lib/rbuf.c's reserve (which
# keeps a level of its own for the caller when it returns an event) and
# commit (which drops it).  The reserve's level is not believed, so the
# commit's leave is not either: tlog_print()'s own enable is balanced
# (kernel/trace/trace.c:3426,3482, sweep22); a second enable is still
# reported, and so is a sleep past the commit under the caller's level.
t_preempt_pair_elsewhere() {
	copy_tree
	run --tree . --db "$tmp/db" lib/rbuf.c fs/tlog.c -Iinclude
	expect_status 0
	expect_in "$err" "fs/tlog.c:46:2: warning: preempt_enable_notrace() leaves preempt context, which this path has already left"
	expect_in "$err" "fs/tlog.c:60:2: warning: msleep() may sleep"
	[ "$(grep -c 'warning:' "$err")" -eq 2 ] ||
		fail "want exactly two reports: $(cat "$err")"
}

# fs/hba_abort.c takes a ring's lock only for a revision 4 adapter, tests
# the revision again to drop it, and between hands the adapter to
# lib/hba.c's hba_match(), which writes another member: the database says
# so, and the test keeps its side (drivers/scsi/lpfc/lpfc_nportdisc.c:284,
# sweep22).  hba_reset_rev() writes the revision, hba_mystery() is
# defined nowhere: still reported.
t_branch_fact_across_call_elsewhere() {
	copy_tree
	run --db "$tmp/db" lib/hba.c fs/hba_abort.c -Iinclude
	expect_status 0
	expect_in "$err" "fs/hba_abort.c:33:2: warning: msleep() may sleep"
	expect_in "$err" "fs/hba_abort.c:45:2: warning: msleep() may sleep"
	[ "$(grep -c 'warning:' "$err")" -eq 2 ] ||
		fail "want exactly two reports: $(cat "$err")"
}

# fs/bmap_resize.c's store_unmap() calls lib/bstore.c's sleeping
# bfile_invalidate() only `if (file)`, a local loaded from st->file; the
# resize stores NULL into b->store.file and passes &b->store under its
# lock: quiet (drivers/md/md-bitmap.c:2139, sweep22).  Storing another
# file is still reported.
t_member_local_call_out() {
	copy_tree
	run --db "$tmp/db" lib/bstore.c fs/bmap_resize.c -Iinclude
	expect_status 0
	expect_in "$err" "fs/bmap_resize.c:34:2: warning: store_unmap() may sleep"
	[ "$(grep -c 'warning:' "$err")" -eq 1 ] ||
		fail "want exactly one report: $(cat "$err")"
}

# fs/grant_setup.c maps a page only when its setup needs a copy and
# unmaps on the same test, after lib/grant_iter.c's grant_foreach() walked
# it with a callback of this file.  The database says grant_foreach() may
# write all of its data (it calls the callback with it); the callback
# grant_count() writes another member: balanced
# (drivers/block/xen-blkfront.c:833 with --db, session 13).  grant_clear()
# writes need_copy and grant_mystery() is defined nowhere: still reported.
t_callback_writes_elsewhere() {
	copy_tree
	run --db "$tmp/db" lib/grant_iter.c fs/grant_setup.c -Iinclude
	expect_status 0
	expect_in "$err" "fs/grant_setup.c:46:15: warning: the mapping made by kmap_atomic(pg) is not released"
	expect_in "$err" "fs/grant_setup.c:58:15: warning: the mapping made by kmap_atomic(pg) is not released"
	[ "$(grep -c 'warning:' "$err")" -eq 2 ] ||
		fail "want exactly two reports: $(cat "$err")"
}

# fs/argpass.c calls lib/argwait.c's arg_wait() (guarded by its
# argument) with its parameter itself on one path and a member of it on
# the other: merging the two call outs compared a member's name with none
# (a crash on lib/kobject_uevent.c, drivers/md/md.c, sweep22).
t_call_out_param_and_member_merge() {
	copy_tree
	run --tree . --db "$tmp/db" lib/argwait.c fs/argpass.c -Iinclude
	expect_status 0
	expect_not_in "$err" "warning:"
}

# As call_out_switch_after_truth, past a block's budget of states
# (fs/ifa_budget.c): the walk forgets `event == 2`, which nothing after
# the dispatch reads, but every way to the call passes it
# (sleep_guard_dom.c), so the call out keeps it.
t_call_out_switch_past_budget() {
	copy_tree
	run --tree . --db "$tmp/db" lib/ifa_group.c fs/ifa_budget.c -Iinclude
	expect_status 0
	expect_in "$err" "fs/ifa_budget.c:62:2: warning: __ifa_notify_many() may sleep"
	[ "$(grep -c 'warning:' "$err")" -eq 1 ] ||
		fail "want exactly one report: $(cat "$err")"
	rows "SELECT summary FROM functions WHERE name = '__ifa_notify_many'" >"$tmp/sum"
	grep -q "^call	ifa_leave_group		33		0,1,0,0,==2" "$tmp/sum" ||
		fail "the call out keeps no == 2: $(cat "$tmp/sum")"
}

# lib/table.c's table_alloc() sleeps only if d->table is NULL: its summary
# in the database keeps that test of parameter 0's member ("->table"), and
# table_set(), passing its own parameter on, the same.  fs/table_event.c
# calls them under kmap_atomic() after testing or dereferencing d->table (no
# report), and once without (reported, through table_set).
t_member_guard_elsewhere() {
	copy_tree
	run --tree . --db "$tmp/db" fs/table_event.c -Iinclude
	expect_status 0
	expect_in "$err" "fs/table_event.c:24:2: warning: table_set() may sleep"
	expect_in "$err" "table_set -> table_alloc -> msleep"
	[ "$(grep -c 'warning:' "$err")" -eq 1 ] ||
		fail "want exactly one report: $(cat "$err")"
	for f in table_alloc table_set; do
		rows "SELECT summary FROM functions WHERE name = '$f'" >"$tmp/sum"
		grep -q "^guard	0	0	0	0	->table$" "$tmp/sum" ||
			fail "$f's summary has no guard on ->table: $(cat "$tmp/sum")"
	done
}

# lib/board.c's board_phy_write() sleeps unless board_priv(dev)->in_reset
# is set (a local `db = board_priv(dev)`, board_priv() only moving its
# parameter): its summary in the database keeps the test of parameter 0's
# "board_priv()->in_reset".  fs/board_reset.c stores 1 there through its
# own board_priv(dev) before the call (no report), or 0 (reported).
t_member_guard_accessor_elsewhere() {
	copy_tree
	run --tree . --db "$tmp/db" fs/board_reset.c -Iinclude
	expect_status 0
	expect_in "$err" "fs/board_reset.c:27:2: warning: board_phy_write() may sleep"
	[ "$(grep -c 'warning:' "$err")" -eq 1 ] ||
		fail "want exactly one report: $(cat "$err")"
	rows "SELECT summary FROM functions WHERE name = 'board_phy_write'" >"$tmp/sum"
	grep -q "^guard	0	0	0	0	board_priv()->in_reset$" "$tmp/sum" ||
		fail "board_phy_write's summary has no guard on board_priv()->in_reset: $(cat "$tmp/sum")"
}

# lib/pfnmap.c's unmap_pfn() kunmap()s pfn_to_page(pfn), arithmetic on a
# global: its summary names the page as "pfn_to_page($0)", and fs/pfncache.c's
# retry path through it releases kmap(pfn_to_page(pfn)) (virt/kvm/pfncache.c's
# gpc_unmap_khva()); a second call is one unmap too many.
t_page_form_elsewhere() {
	copy_tree
	run --db "$tmp/db" lib/pfnmap.c -Iinclude
	expect_status 0
	rows "SELECT summary FROM functions WHERE name = 'unmap_pfn'" >"$tmp/sum"
	grep -q "^unmap	0	~pfn_to_page(\$0)	" "$tmp/sum" ||
		fail "unmap_pfn's summary names no page form: $(cat "$tmp/sum")"
	run --db "$tmp/db" fs/pfncache.c -Iinclude
	expect_status 0
	expect_in "$err" "fs/pfncache.c:31:2: warning: unmap_pfn(pfn_to_page(pfn)) releases a mapping that was already released on this path"
	[ "$(grep -c 'warning:' "$err")" -eq 1 ] || fail "want exactly one report: $(cat "$err")"
}

# lib/qp_reset.c's qp_drop_both() drops both locks its caller holds to
# sleep: its summary says the sleep is two spin levels below its entry
# ('leftlevels', left_levels.c).  fs/qp_hold.c's qp_reset() holding exactly
# those is quiet; qp_reset_nested() holding a third is reported.
t_dropped_levels_elsewhere() {
	copy_tree
	run --db "$tmp/db" lib/qp_reset.c -Iinclude
	expect_status 0
	rows "SELECT summary FROM functions WHERE name = 'qp_drop_both'" >"$tmp/sum"
	grep -q "^leftlevels	spin=2$" "$tmp/sum" ||
		fail "qp_drop_both's summary has no levels left: $(cat "$tmp/sum")"
	run --db "$tmp/db" fs/qp_hold.c -Iinclude
	expect_status 0
	expect_in "$err" "fs/qp_hold.c:24:2: warning: qp_drop_both() may sleep, but this path is in atomic context since spin_lock() on line 21"
	[ "$(grep -c 'warning:' "$err")" -eq 1 ] || fail "want exactly one report: $(cat "$err")"
}

# lib/req.c's req_get() sets the request's waiting member to its `wait`
# on every return of it ('retmember ->waiting $1', returned_members.c),
# req_get_nowait() to 0; fs/req_poll.c's runner sleeps only if it is set.
# With the database: gather(c, 0) and the constant helper under a spinlock
# are quiet; gather(c, 1), req_get_some() (sets it on one path only), a
# call handed the request in between and req_get_always() (stores 1) are
# reported.
t_returned_member_in_database() {
	copy_tree
	run --db "$tmp/db" lib/req.c -Iinclude
	expect_status 0
	rows "SELECT summary FROM functions WHERE name = 'req_get'" >"$tmp/sum"
	grep -q "^retmember	->waiting	\$1$" "$tmp/sum" ||
		fail "req_get's summary has no returned member: $(cat "$tmp/sum")"
	rows "SELECT summary FROM functions WHERE name = 'req_get_some'" >"$tmp/sum"
	! grep -q "^retmember	->waiting" "$tmp/sum" ||
		fail "req_get_some's summary says it always sets waiting: $(cat "$tmp/sum")"
	run --db "$tmp/db" fs/req_poll.c -Iinclude
	expect_status 0
	expect_in "$err" "fs/req_poll.c:55:2: warning: gather() may sleep"
	expect_in "$err" "fs/req_poll.c:62:2: warning: gather_some() may sleep"
	expect_in "$err" "fs/req_poll.c:83:3: warning: req_run() may sleep"
	expect_in "$err" "fs/req_poll.c:103:2: warning: gather_prepared() may sleep"
	expect_in "$err" "fs/req_poll.c:115:3: warning: req_run() may sleep"
	[ "$(grep -c 'warning:' "$err")" -eq 5 ] || fail "want exactly five reports: $(cat "$err")"
}

# lib/pin.c's window_pin() hands its mapping over through *mapp only when
# it returns 1 (its summary's 'handedresult 2 3': the handing returns gave
# nonzero, the others zero and nonzero): fs/pin_fill.c's loop `while
# (!window_pin(w, &map))` bails out from the zero side holding nothing, so
# neither a leak nor the sleep at `out`.  Twins: a caller not unmapping on
# the nonzero side, and a helper handing the mapping over on both results
# (window_pin_always()), still leak.  The session-start binary believed
# the mapping made on the zero side (a leak and a sleep, fs/pin_fill.c:10
# and :19).
t_handed_by_result_in_database() {
	copy_tree
	run --db "$tmp/db" lib/pin.c -Iinclude
	expect_status 0
	rows "SELECT summary FROM functions WHERE name = 'window_pin'" >"$tmp/sum"
	grep -q "^handedresult	2	3$" "$tmp/sum" ||
		fail "window_pin's summary says not which results hand over: $(cat "$tmp/sum")"
	run --db "$tmp/db" fs/pin_fill.c -Iinclude
	expect_status 0
	expect_not_in "$err" "fs/pin_fill.c:10:"
	expect_not_in "$err" "fs/pin_fill.c:19:"
	expect_in "$err" "fs/pin_fill.c:27:7: warning: the mapping made by window_pin() is not released"
	expect_in "$err" "fs/pin_fill.c:39:7: warning: the mapping made by window_pin_always() is not released"
	[ "$(grep -c 'warning:' "$err")" -eq 2 ] || fail "want exactly two reports: $(cat "$err")"
}

# The same on demand: under kmap_atomic() the calls ask lib/req.c's
# definitions (a spinlock alone asks the database only: extern.c).
t_returned_member_demand() {
	copy_tree
	run --tree . --db "$tmp/db" fs/req_poll.c -Iinclude
	expect_status 0
	expect_not_in "$err" "fs/req_poll.c:73:"
	expect_in "$err" "fs/req_poll.c:83:3: warning: req_run() may sleep, but this path is in atomic context since kmap_atomic() on line 79"
}

# lib/engine.c's engine_lock() takes the spinlock only when its engine's
# queue_ready says so (use_queue(), a getter in include/engine.h), and
# returns 0 then: its summary in the database keeps the entry test
# ('entryguard'), its context deltas per side ('contextside') and per
# result ('contextresult').  fs/engine_wait.c's callers test the mode
# again: the mutex side's sleep is quiet, the spinlock side's reported
# (and the mutex side's after a store to the member), and a sleep after
# engine_unlock() (leaving it on the same side) quiet.  Without the
# database, or with an older hmcheck, no report: a lock taken in another
# file was not believed, and the caller had nothing to tell its sides by.
t_lock_side_in_database() {
	copy_tree
	run --db "$tmp/db" lib/engine.c -Iinclude
	expect_status 0
	rows "SELECT summary FROM functions WHERE name = 'engine_lock'" >"$tmp/sum"
	grep -q "^entryguard	0	->queue_ready	1	1$" "$tmp/sum" &&
		grep -q "^contextside	spin	0	1	1	1	0$" "$tmp/sum" &&
		grep -q "^contextresult	spin	3	0	1	0	1	1$" "$tmp/sum" ||
		fail "engine_lock's summary lacks its sides: $(cat "$tmp/sum")"
	run --db "$tmp/db" fs/engine_wait.c -Iinclude
	expect_status 0
	expect_in "$err" "fs/engine_wait.c:41:12: warning: box_wait() may sleep, but this path is in atomic context since engine_lock() on line 37"
	expect_in "$err" "fs/engine_wait.c:73:12: warning: box_wait() may sleep, but this path is in atomic context since engine_lock() on line 66"
	[ "$(grep -c 'warning:' "$err")" -eq 2 ] || fail "want exactly two reports: $(cat "$err")"
}

# lib/zone_drop.c's zone_drop_should_stop() drops the caller's lock if
# *locked says it holds it, then sleeps: its plain sleep needs *locked
# false ('guard 1 0 0 0 *', pointee_guard.c); zone_note_taken() returns
# true on every path ('retnonzero').  fs/zone_scan.c holds the lock with
# its note set by a store or by zone_note_taken() (quiet), or left false
# (reported).
t_pointee_guard_elsewhere() {
	copy_tree
	run --db "$tmp/db" lib/zone_drop.c -Iinclude
	expect_status 0
	rows "SELECT summary FROM functions WHERE name = 'zone_drop_should_stop'" >"$tmp/sum"
	grep -q "^guard	1	0	0	0	\*$" "$tmp/sum" ||
		fail "zone_drop_should_stop's summary has no pointee guard: $(cat "$tmp/sum")"
	rows "SELECT summary FROM functions WHERE name = 'zone_note_taken'" >"$tmp/sum"
	grep -q "^retnonzero$" "$tmp/sum" ||
		fail "zone_note_taken's summary has no retnonzero: $(cat "$tmp/sum")"
	run --db "$tmp/db" fs/zone_scan.c -Iinclude
	expect_status 0
	expect_in "$err" "fs/zone_scan.c:38:2: warning: zone_drop_should_stop() may sleep, but this path is in atomic context since spin_lock() on line 37"
	[ "$(grep -c 'warning:' "$err")" -eq 1 ] || fail "want exactly one report: $(cat "$err")"
}

# lib/zone_lock.c's zone_lock() takes the zone's spinlock on every return
# ('context spin 1 0 1 1'): a lock wrapper in another file is believed
# like one in the same file (extern.c lock_wrapper_context()), and so are
# the interrupts its irqsave form turns off with the lock.  A helper
# locking on some paths only, one counting a preempt level on every return
# (a per-cpu get) and one netting preempt out on different paths are not.
# Before, every context another file's function entered was dropped: no
# report at all.
t_lock_wrapper_in_database() {
	copy_tree
	run --db "$tmp/db" lib/zone_lock.c -Iinclude
	expect_status 0
	rows "SELECT summary FROM functions WHERE name = 'zone_lock'" >"$tmp/sum"
	grep -q "^context	spin	1	0	1	1	0$" "$tmp/sum" ||
		fail "zone_lock's summary does not enter spin once: $(cat "$tmp/sum")"
	run --db "$tmp/db" fs/zone_wait.c -Iinclude
	expect_status 0
	expect_in "$err" "fs/zone_wait.c:9:2: warning: msleep() may sleep, but this path is in atomic context since zone_lock() on line 8"
	expect_in "$err" "fs/zone_wait.c:58:2: warning: msleep() may sleep, but this path is in atomic context since zone_lock_irqsave() on line 55"
	[ "$(grep -c 'warning:' "$err")" -eq 2 ] || fail "want exactly two reports: $(cat "$err")"
}

# On demand: zone_lock() is called under kmap_atomic(), so its definition
# is analyzed, and the lock outlives the mapping; the twin unlocks first.
t_lock_wrapper_demand() {
	copy_tree
	run --tree . --db "$tmp/db" fs/zone_map.c -Iinclude
	expect_status 0
	expect_in "$err" "fs/zone_map.c:14:2: warning: msleep() may sleep, but this path is in atomic context since zone_lock() on line 11"
	[ "$(grep -c 'warning:' "$err")" -eq 1 ] || fail "want exactly one report: $(cat "$err")"
}

# lib/req.c's req_exec() sleeps only if its request's waiting member is
# set, and req_get() sets it to its `wait`.  fs/req_far.c's helpers are
# not in atomic context: their call out to req_exec() keeps what its own
# sleep needs ('call ... OWN', sleep_guard_own.c): a test of their `wait`
# (passed on by a wrapper too), or never (the request taken with 0).
# Spinlocked callers passing 0 are quiet; passing 1, with a call handed
# the request in between or a store of 1 to the member, reported; the
# same through fs/req_user.c, another file, from the database.
t_far_sleep_own_guard() {
	copy_tree
	run --db "$tmp/db" lib/req.c -Iinclude
	expect_status 0
	run --db "$tmp/db" fs/req_far.c -Iinclude
	expect_status 0
	expect_in "$err" "fs/req_far.c:34:2: warning: submit() may sleep"
	expect_in "$err" "fs/req_far.c:69:2: warning: submit_prepared() may sleep"
	expect_in "$err" "fs/req_far.c:87:2: warning: submit_forced() may sleep"
	expect_in "$err" "fs/req_far.c:107:2: warning: submit_outer() may sleep"
	[ "$(grep -c 'warning:' "$err")" -eq 4 ] || fail "want exactly four reports: $(cat "$err")"
	rows "SELECT summary FROM functions WHERE name = 'submit_any'" >"$tmp/sum"
	grep -Eq "^call	req_exec	submit	[0-9]*			1,1,0,0(	[0-9:,]*)?$" "$tmp/sum" ||
		fail "submit_any's call out keeps no test of wait: $(cat "$tmp/sum")"
	run --db "$tmp/db" fs/req_user.c -Iinclude
	expect_status 0
	expect_in "$err" "fs/req_user.c:18:2: warning: submit_any() may sleep"
	[ "$(grep -c 'warning:' "$err")" -eq 1 ] || fail "want exactly one report: $(cat "$err")"
}

# schedule() is legal with only interrupts off (rules: leaves=irq): through
# lib/resched.c's summary and, a call out, fs/resched_mid.c's, a caller
# with interrupts off is fine and one under spin_lock_irq() is not.
t_schedule_irqs_off_elsewhere() {
	copy_tree
	run --db "$tmp/db" lib/resched.c -Iinclude
	expect_status 0
	rows "SELECT summary FROM functions WHERE name = 'lib_resched'" >"$tmp/sum"
	grep -q "^leftlevels	irq=alone$" "$tmp/sum" ||
		fail "lib_resched's summary does not say 'irq=alone': $(cat "$tmp/sum")"
	[ -z "$(rows "SELECT sleep FROM functions WHERE name = 'lib_resched'")" ] ||
		fail "lib_resched is recorded as sleeping always"
	run --db "$tmp/db" fs/resched_mid.c -Iinclude
	expect_status 0
	run --db "$tmp/db" fs/resched_user.c -Iinclude
	expect_status 0
	expect_in "$err" "fs/resched_user.c:29:2: warning: lib_resched() may sleep, but this path is in atomic context since spin_lock_irq() on line 28"
	expect_in "$err" "fs/resched_user.c:36:2: warning: mid_resched() may sleep, but this path is in atomic context since spin_lock_irq() on line 35"
	expect_in "$err" "lib/resched.c:15: note: it may sleep here, through mid_resched -> lib_resched -> schedule"
	expect_in "$err" "fs/resched_user.c:46:2: warning: mid_resched() may sleep, but this path is in atomic context since kmap_atomic() on line 42"
	[ "$(grep -c 'warning:' "$err")" -eq 3 ] || fail "want exactly three reports: $(cat "$err")"
}

# On demand (only under kmap_atomic(): state_holds_atomic_mapping()), the
# call out of fs/resched_mid.c leads to lib/resched.c's schedule().
t_schedule_irqs_off_demand() {
	copy_tree
	run --tree . --db "$tmp/db" fs/resched_user.c -Iinclude
	expect_status 0
	expect_in "$err" "fs/resched_user.c:46:2: warning: mid_resched() may sleep, but this path is in atomic context since kmap_atomic() on line 42"
	expect_in "$err" "through mid_resched -> lib_resched -> schedule"
	[ "$(grep -c 'warning:' "$err")" -eq 1 ] || fail "want exactly one report: $(cat "$err")"
}

# A helper in another file that switches interrupts whatever its caller
# held (lib/halt.c): after lib_halt() (a disable, then schedule(), which
# returns with them on) they are on, after lib_work_irqs_on() (an enable,
# then a disable) off.  The database's summaries say so (contextswitch);
# from elsewhere the switch on is believed where the caller had them off
# (fewer reports only), the switch off not (levels entered elsewhere are
# not, but a lock wrapper's), so they stay as the caller had them.
t_irq_switch_elsewhere() {
	copy_tree
	run --db "$tmp/db" lib/halt.c -Iinclude
	expect_status 0
	rows "SELECT summary FROM functions WHERE name = 'lib_halt'" >"$tmp/sum"
	grep -q "^contextswitch	irq	on$" "$tmp/sum" ||
		fail "lib_halt's summary does not say 'irq on': $(cat "$tmp/sum")"
	rows "SELECT summary FROM functions WHERE name = 'lib_work_irqs_on'" >"$tmp/sum"
	grep -q "^contextswitch	irq	off$" "$tmp/sum" ||
		fail "lib_work_irqs_on's summary does not say 'irq off': $(cat "$tmp/sum")"
	run --db "$tmp/db" fs/halt_user.c -Iinclude
	expect_status 0
	expect_in "$err" "fs/halt_user.c:26:2: warning: msleep() may sleep, but this path is in atomic context since local_irq_disable() on line 25"
	expect_in "$err" "fs/halt_user.c:33:2: warning: lib_halt() may sleep, but this path is in atomic context since spin_lock() on line 32"
	expect_in "$err" "fs/halt_user.c:34:2: warning: msleep() may sleep, but this path is in atomic context since spin_lock() on line 32"
	expect_in "$err" "fs/halt_user.c:43:2: warning: msleep() may sleep, but this path is in atomic context since local_irq_disable() on line 41"
	[ "$(grep -c 'warning:' "$err")" -eq 4 ] || fail "want exactly four reports: $(cat "$err")"
}

# lib/irq_settle.c's lib_settle() switches interrupts on from its own
# level, then sleeps: its summary has the sleep after leaving every irq
# level ('left irq', 'leftlevels irq=all'), so fs/irq_settle_user.c's
# caller with interrupts off is quiet, the one holding a spinlock
# reported.  lib_halt_or_hold()'s returns of 0 switch them on
# ('contextresult irq ... 2 1'): a caller's sleep with interrupts off on
# that side of the test is quiet, on the other side reported.
t_irq_on_by_result_elsewhere() {
	copy_tree
	run --db "$tmp/db" lib/irq_settle.c -Iinclude
	expect_status 0
	rows "SELECT summary FROM functions WHERE name = 'lib_settle'" >"$tmp/sum"
	grep -q "^left	irq	" "$tmp/sum" ||
		fail "lib_settle's sleep is not after leaving irq: $(cat "$tmp/sum")"
	rows "SELECT summary FROM functions WHERE name = 'lib_halt_or_hold'" >"$tmp/sum"
	grep -q "^contextresult	irq	3	0	0	1	2	1$" "$tmp/sum" ||
		fail "lib_halt_or_hold's summary lacks 'irq on' for 0: $(cat "$tmp/sum")"
	run --db "$tmp/db" fs/irq_settle_user.c -Iinclude
	expect_status 0
	expect_in "$err" "fs/irq_settle_user.c:27:2: warning: lib_settle() may sleep, but this path is in atomic context since spin_lock() on line 26"
	expect_in "$err" "fs/irq_settle_user.c:42:3: warning: msleep() may sleep, but this path is in atomic context since local_irq_disable() on line 40"
	[ "$(grep -c 'warning:' "$err")" -eq 2 ] || fail "want exactly two reports: $(cat "$err")"
}


# lib/route_metrics.c's metrics_init() allocates only if its mx is set;
# lib/route_add.c's route_add() passes a member of its request on
# (through a static helper: the call out keeps the test of parameter 0's
# "->mx", summary call ... OWN 0,1,0,0,->mx), and route_add_local()
# builds a request of its own.  fs/route_local.c calls them under a
# spinlock with requests whose initializer lists leave .mx zero (no
# report), and once naming it (reported).
t_initializer_zero_member() {
	copy_tree
	run --tree . --db "$tmp/db" lib/route_convert.c lib/route_metrics.c \
		lib/route_add.c fs/route_local.c -Iinclude
	expect_status 0
	expect_in "$err" "fs/route_local.c:45:6: warning: route_add() may sleep"
	expect_not_in "$err" "fs/route_local.c:32:"
	expect_not_in "$err" "fs/route_local.c:33:"
	rows "SELECT summary FROM functions WHERE name = 'route_add'" >"$tmp/sum"
	grep -q "^call	metrics_init	route_info_create	.*	0,1,0,0,->mx" "$tmp/sum" ||
		fail "route_add's call out keeps no test of ->mx: $(cat "$tmp/sum")"
}

# The same requests built by static helpers of fs/route_local.c that hand
# them to route_add() (outside the spinlock): the helper's call out
# records the zero its request holds in ->mx (call ... 0->mx=0), and the
# spinlocked caller following route_add()'s calls out finds metrics_init()
# ruled out; the helper naming .mx is reported.
t_initializer_zero_member_helper() {
	copy_tree
	run --tree . --db "$tmp/db" lib/route_convert.c lib/route_metrics.c \
		lib/route_add.c fs/route_local.c -Iinclude
	expect_status 0
	expect_in "$err" "fs/route_local.c:46:6: warning: metrics_route() may sleep"
	expect_not_in "$err" "fs/route_local.c:34:"
	[ "$(grep -c 'warning:' "$err")" -eq 2 ] ||
		fail "want exactly two reports: $(cat "$err")"
	rows "SELECT summary FROM functions WHERE name = 'prefix_route'" >"$tmp/sum"
	grep -q "^call	route_add	.*	0->mx=0$" "$tmp/sum" ||
		fail "prefix_route's call out keeps no ->mx: $(cat "$tmp/sum")"
}

# lib/bufput.c's put_buf() sleeps only for a buffer.  fs/buf_release.c
# passes it a local set to NULL, directly and through put_via() (a call
# out passing its parameter on): quiet; the local after a call given its
# address, or replaced on one side of a test, may hold one.
t_null_local_elsewhere() {
	copy_tree
	run --db "$tmp/db" lib/bufput.c fs/buf_release.c -Iinclude
	expect_status 0
	expect_in "$err" "fs/buf_release.c:34:2: warning: put_via() may sleep"
	expect_in "$err" "fs/buf_release.c:45:2: warning: put_buf() may sleep"
	[ "$(grep -c 'warning:' "$err")" -eq 2 ] ||
		fail "want exactly two reports: $(cat "$err")"
}

# lib/flagmask.c's sleeps need some bit of a mask (get_any(): GET_LOCK or
# GET_CREATE, two 'guard' lines of one bit each; submit_other(): the mode
# bits other than F_SYNC) or a mask's bits equal to a value (alloc_kern():
# both bits of GFP_KERN; alloc_kern_slow()'s call out keeps that test).
# Its calls out past a test of some bit keep the test taken the other way
# (call ... ONES,ZEROS,!).  Under spinlocks in fs/flagmask.c and
# fs/flagmask_slow.c, constants failing the tests are quiet and the twins
# passing them are reported; so through the wrappers that pass their own
# flags on, called from fs/flagmask_user.c, whichever file came first.
t_flag_mask_tests_elsewhere() {
	copy_tree
	run --db "$tmp/db" lib/flagslow.c lib/flagmask.c fs/flagmask.c \
		fs/flagmask_slow.c -Iinclude
	expect_status 0
	for line in 42:6 43:7 44:7 45:7 46:7 47:7 48:7; do
		expect_in "$err" "fs/flagmask.c:$line: warning:"
	done
	expect_in "$err" "fs/flagmask_slow.c:34:6: warning: get_any_slow() may sleep"
	expect_in "$err" "fs/flagmask_slow.c:35:7: warning: submit_other_slow() may sleep"
	[ "$(grep -c 'warning:' "$err")" -eq 9 ] ||
		fail "want exactly nine reports: $(cat "$err")"
	rows "SELECT summary FROM functions WHERE name = 'get_any'" >"$tmp/sum"
	grep -q "^guard	0	0	1	0$" "$tmp/sum" && grep -q "^guard	0	0	2	0$" "$tmp/sum" ||
		fail "get_any's sleep is not guarded by either bit: $(cat "$tmp/sum")"
	rows "SELECT summary FROM functions WHERE name = 'alloc_kern_slow'" >"$tmp/sum"
	grep -q "^call	flag_slow		[0-9]*		0,0,48,0$" "$tmp/sum" ||
		fail "alloc_kern_slow's call out keeps no test of GFP_KERN: $(cat "$tmp/sum")"
	rows "SELECT summary FROM functions WHERE name = 'get_any_slow'" >"$tmp/sum"
	grep -q "^call	flag_slow		[0-9]*		0,0,0,3,!$" "$tmp/sum" ||
		fail "get_any_slow's call out keeps no test of either bit: $(cat "$tmp/sum")"
	rows "SELECT summary FROM functions WHERE name = 'submit_other_slow'" >"$tmp/sum"
	grep -q "^call	flag_slow		[0-9]*		0,0,2,1,!$" "$tmp/sum" ||
		fail "submit_other_slow's call out keeps no test of the mode: $(cat "$tmp/sum")"
	run --db "$tmp/db" fs/flagmask_user.c -Iinclude
	expect_in "$err" "fs/flagmask_user.c:15:7: warning: lookup_flags() may sleep"
	expect_in "$err" "fs/flagmask_user.c:16:7: warning: alloc_flags() may sleep"
	expect_in "$err" "fs/flagmask_user.c:18:7: warning: lookup_slow() may sleep"
	[ "$(grep -c 'warning:' "$err")" -eq 3 ] ||
		fail "want exactly three reports: $(cat "$err")"
	rm -f "$tmp/db"
	run --db "$tmp/db" fs/flagmask.c fs/flagmask_slow.c -Iinclude
	run --db "$tmp/db" lib/flagslow.c lib/flagmask.c -Iinclude
	run --db "$tmp/db" fs/flagmask_user.c -Iinclude
	[ "$(grep -c 'warning:' "$err")" -eq 3 ] ||
		fail "callee analysed last: want exactly three reports: $(cat "$err")"
}

# kvfree_call_rcu()'s shape (lib/gp_free.c): it sleeps only for a NULL
# head, through a helper it passes `!head` as the flag that helper sleeps
# under; its summary's guard says so.  Callers passing `&o->rcu` (never
# NULL), directly or through lib/gp_list.c, are quiet under the
# spinlock; NULL and a head nothing is known of are reported.
t_negated_head_elsewhere() {
	copy_tree
	run --db "$tmp/db" lib/gp_free.c lib/gp_list.c -Iinclude
	expect_status 0
	rows "SELECT summary FROM functions WHERE name = 'free_after_gp'" >"$tmp/sum"
	grep -q "^guard	0	0	0	0$" "$tmp/sum" ||
		fail "free_after_gp's sleep has no NULL-head guard: $(cat "$tmp/sum")"
	run --db "$tmp/db" fs/gp_user.c -Iinclude
	expect_status 0
	expect_in "$err" "fs/gp_user.c:13:2: warning: free_after_gp() may sleep"
	expect_in "$err" "fs/gp_user.c:14:2: warning: gp_list_drop() may sleep"
	[ "$(grep -c 'warning:' "$err")" -eq 2 ] ||
		fail "want exactly two reports: $(cat "$err")"
}

# find_get_incore_page()'s shape (lib/fgp_incore.c): two calls of one
# callee in another file with different flags, one through a static
# inline helper, stay two calls out, each with its constant; the callee
# locks only for FGP_LOCK, so find_incore() is quiet under the spinlock
# and find_locked(), which passes FGP_LOCK once, is reported; so is
# find_flags() (0, or its own flags passed on) given FGP_LOCK, not FGP_HEAD.
t_call_out_per_constant() {
	copy_tree
	run --db "$tmp/db" lib/fgp_incore.c lib/fgp_cache.c -Iinclude
	expect_status 0
	rows "SELECT summary FROM functions WHERE name = 'find_incore'" >"$tmp/sum"
	grep -Eq "^call	cache_get		[0-9]+	2=384(	|$)" "$tmp/sum" ||
		fail "find_incore's call out lost FGP_ENTRY | FGP_HEAD: $(cat "$tmp/sum")"
	grep -Eq "^call	cache_get	find_plain	[0-9]+	2=0(	|$)" "$tmp/sum" ||
		fail "find_incore's call through find_plain lost its 0: $(cat "$tmp/sum")"
	run --db "$tmp/db" fs/fgp_user.c -Iinclude
	expect_status 0
	expect_in "$err" "fs/fgp_user.c:14:6: warning: find_locked() may sleep"
	expect_in "$err" "fs/fgp_user.c:16:6: warning: find_flags() may sleep"
	[ "$(grep -c 'warning:' "$err")" -eq 2 ] ||
		fail "want exactly two reports: $(cat "$err")"
}

# lib/reqbits.c's rq_finish() sleeps when either of two bits of its
# request's flags is set (two 'guard' lines of ->flags).  fs/reqbits_user.c
# calls it under a spinlock with neither bit stored, or both seen clear:
# quiet; with R_SYNC stored, or flags unknown: reported.
t_member_any_bit_elsewhere() {
	copy_tree
	run --db "$tmp/db" lib/reqbits.c fs/reqbits_user.c -Iinclude
	expect_status 0
	expect_in "$err" "fs/reqbits_user.c:29:2: warning: rq_finish() may sleep"
	expect_in "$err" "fs/reqbits_user.c:30:2: warning: rq_finish() may sleep"
	[ "$(grep -c 'warning:' "$err")" -eq 2 ] ||
		fail "want exactly two reports: $(cat "$err")"
	rows "SELECT summary FROM functions WHERE name = 'rq_finish'" >"$tmp/sum"
	grep -q "^guard	0	0	1	0	->flags$" "$tmp/sum" &&
		grep -q "^guard	0	0	2	0	->flags$" "$tmp/sum" ||
		fail "rq_finish's sleep is not guarded by either bit: $(cat "$tmp/sum")"
}
