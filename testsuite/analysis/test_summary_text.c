// SPDX-License-Identifier: GPL-2.0
/*
 * test_summary_text.c - a summary survives the database's text form
 * (summary_text.c): written, read back and written again gives the same
 * text; damaged text gives a summary that says less, or none, never a
 * crash or an index out of range.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "analysis/walk.h"
#include "analysis/summary.h"

static int failures;

#define CHECK(cond) do {						\
	if (!(cond)) {							\
		fprintf(stderr, "%s:%d: FAIL: %s\n", __FILE__, __LINE__, #cond); \
		failures++;						\
	}								\
} while (0)

/* Whether `sum` written as text gives `want` again; if not, both are shown. */
static bool writes_back(const struct summary *sum, bool pointer, const char *want)
{
	char *text = summary_to_text(sum, pointer);
	bool same = !strcmp(text, want);

	if (!same)
		fprintf(stderr, "--- got:\n%s--- want:\n%s", text, want);
	free(text);
	return same;
}

/* The same for lines written after the returns and paths lines. */
static bool writes_back_calls(const struct summary *sum, const char *want)
{
	char *text = summary_to_text(sum, false);
	bool kept = strstr(text, want) != NULL;

	if (!kept)
		fprintf(stderr, "--- got:\n%s--- want:\n%s", text, want);
	free(text);
	return kept;
}

static const char full[] =
	"sleep\tlib/inner.c\t8\tinner -> msleep\n"
	"guard\t2\t0\t1024\t0\n"
	"guard\t1\t0\t2\t4\n"
	"guard\t0\t0\t0\t0\t->table\n"
	"left\tspin\tlib/a.c\t12\tcond_resched\n"
	"leftfault\n"
	"leftguard\t1\t1\t0\t0\n"
	"leftguard\t0\t0\t0\t4\t->sub.flags\n"
	"unless\tbh\tmm/vmalloc.c\t7\tkvfree -> vfree\n"
	"unmapsleep\tlib/a.c\t20\tkunmap\n"
	"fault\tlib/a.c\t30\tcopy_from_user\n"
	"lastref\tlib/b.c\t50\tput_obj -> free_obj -> mutex_lock\n"
	"returns\t2\t0\t0\t1\n"
	"unmap\t1\t=->vaddr\t1\t2\t0\t-1\t0\n"
	"cleared\t0\t2\n"
	"store\t0\t=*\t3\t0\t1\t1\t1\n"
	"release\t2\t-\t3\t1\t0\t-1\t0\n"
	"context\tspin\t-1\t1\t-1\t0\t0\n"
	"peak\t3\tlib/a.c\t40\n"
	"paths\t2\t1\t1\t1\t1\n"
	"call\tmiddle\t\t5\n"
	"call\tinner\thelper -> other\t9\t0=64,1=2080\n"
	"call\tstable\t\t11\t\t2,0,512,0\n"
	"call\twait\t\t12\t1=0\t2,0,2,32\n";

static void test_round_trip(struct intern_table *strings)
{
	struct summary *sum = summary_from_text("f", full, strings);
	char *text;

	CHECK(sum != NULL);
	if (!sum)
		return;
	CHECK(sum->may_sleep && !strcmp(sum->sleep_chain, "inner -> msleep"));
	CHECK(sum->sleep_loc.line == 8 && !strcmp(sum->sleep_loc.file, "lib/inner.c"));
	CHECK(sum->sleep_guarded && sum->nsleep_tests == 3 &&
	      sum->sleep_tests[0].param == 2 && !sum->sleep_tests[0].suffix &&
	      sum->sleep_tests[0].ones == 0x400 && !sum->sleep_tests[0].zeros);
	CHECK(sum->nsleep_tests == 3 && sum->sleep_tests[1].param == 1 &&
	      sum->sleep_tests[1].ones == 2 && sum->sleep_tests[1].zeros == 4);
	/* A test of a member (member_guard.c): "->table" is NULL. */
	CHECK(sum->nsleep_tests == 3 && sum->sleep_tests[2].param == 0 &&
	      sum->sleep_tests[2].suffix &&
	      !strcmp(sum->sleep_tests[2].suffix, "->table") &&
	      !sum->sleep_tests[2].value && !sum->sleep_tests[2].ones);
	/* The sleep after leaving "spin" serves a fault (copy after unlock). */
	CHECK(sum->sleep_after_leaving && sum->left_sleep_fault);
	CHECK(sum->left_guard.guarded && !sum->left_guard.unguarded &&
	      sum->left_guard.n == 2 && sum->left_guard.any[0].param == 1 &&
	      sum->left_guard.any[0].value && !sum->left_guard.any[0].suffix);
	CHECK(sum->left_guard.n == 2 && sum->left_guard.any[1].suffix &&
	      !strcmp(sum->left_guard.any[1].suffix, "->sub.flags") &&
	      sum->left_guard.any[1].zeros == 4);
	CHECK(sum->sleep_unless && !strcmp(sum->sleep_unless, "bh"));
	CHECK(sum->unless_sleep_chain &&
	      !strcmp(sum->unless_sleep_chain, "kvfree -> vfree"));
	CHECK(sum->unless_sleep_loc.line == 7);
	CHECK(sum->last_ref_sleep_chain && sum->last_ref_sleep_loc.line == 50 &&
	      !strcmp(sum->last_ref_sleep_chain, "put_obj -> free_obj -> mutex_lock"));
	CHECK(sum->returns_family == FAMILY_ATOMIC && sum->returns_pointer);
	CHECK(sum->nunmaps == 1 && !strcmp(sum->unmaps[0].suffix, "->vaddr"));
	CHECK(sum->unmaps[0].clears_with == 2);
	CHECK(sum->nreleases == 1 && sum->releases[0].suffix == NULL);
	CHECK(sum->ncalls_out == 4 && !strcmp(sum->calls_out[1].via, "helper -> other"));
	CHECK(sum->ncalls_out == 4 && !sum->calls_out[0].const_args &&
	      sum->calls_out[1].const_args == 3 &&
	      sum->calls_out[1].const_values[1] == 2080 &&
	      !sum->calls_out[1].has_guard);
	CHECK(sum->ncalls_out == 4 && sum->calls_out[2].has_guard &&
	      !sum->calls_out[2].const_args &&
	      sum->calls_out[2].guard_param == 2 &&
	      sum->calls_out[2].guard_ones == 512);
	CHECK(sum->ncalls_out == 4 && sum->calls_out[3].has_guard &&
	      sum->calls_out[3].const_args == 2 &&
	      sum->calls_out[3].guard_zeros == 32);
	CHECK(sum->external);
	text = summary_to_text(sum, sum->returns_pointer);
	CHECK(!strcmp(text, full));
	if (strcmp(text, full))
		fprintf(stderr, "--- got:\n%s--- want:\n%s", text, full);
	free(text);
	summary_free(sum);
}

/* vfree()'s callers: they sleep only where bottom halves are enabled. */
static void test_sleep_unless(struct intern_table *strings)
{
	static const char kvfree_shape[] =
		"unless\tbh\tmm/util.c\t641\tvfree\n"
		"returns\t0\t-1\t0\t0\n"
		"paths\t2\t0\t0\t2\t1\n";
	struct summary *sum = summary_from_text("kvfree", kvfree_shape, strings);
	char *text;

	CHECK(sum != NULL);
	if (!sum)
		return;
	CHECK(!sum->may_sleep && !sum->sleep_after_leaving);
	CHECK(sum->sleep_unless && !strcmp(sum->sleep_unless, "bh"));
	CHECK(sum->unless_sleep_loc.file &&
	      !strcmp(sum->unless_sleep_loc.file, "mm/util.c"));
	text = summary_to_text(sum, false);
	CHECK(!strcmp(text, kvfree_shape));
	if (strcmp(text, kvfree_shape))
		fprintf(stderr, "--- got:\n%s--- want:\n%s", text, kvfree_shape);
	free(text);
	summary_free(sum);
}

/* An unmap of a page made of parameters: unmap_pfn()'s pfn_to_page(pfn). */
static void test_page_form(struct intern_table *strings)
{
	static const char text_in[] =
		"unmap\t1\t~pfn_to_page($1)\t3\t1\t0\t-1\t0\n"
		"paths\t1\t0\t0\t1\t1\n";
	struct summary *sum = summary_from_text("f", text_in, strings);
	char *text;

	CHECK(sum != NULL);
	if (!sum)
		return;
	CHECK(sum->nunmaps == 1 && sum->unmaps[0].param == 1 &&
	      !sum->unmaps[0].suffix && sum->unmaps[0].page_form &&
	      !strcmp(sum->unmaps[0].page_form, "pfn_to_page($1)"));
	text = summary_to_text(sum, false);
	CHECK(strstr(text, "\nunmap\t1\t~pfn_to_page($1)\t3\t1\t0\t-1\t0\n"));
	free(text);
	summary_free(sum);
}

/*
 * Groups of tests a sleep needs all of (sleep_guard_join.c): one sleep
 * under `if (only_active) { if (locked) ... }`, another under a member
 * test and a flag; a group number out of range leaves the test alone.
 */
static void test_guard_groups(struct intern_table *strings)
{
	static const char text_in[] =
		"sleep\tlib/a.c\t21\tmutex_lock\n"
		"guard\t3\t1\t0\t0\t&1\n"
		"guard\t2\t1\t0\t0\t&1\n"
		"guard\t0\t0\t0\t0\t->table\t&2\n"
		"guard\t1\t0\t1024\t0\t&2\n"
		"left\tspin\tlib/a.c\t30\tcond_resched\n"
		"leftguard\t1\t1\t0\t0\t&1\n"
		"leftguard\t2\t0\t0\t0\t&1\n"
		"returns\t0\t-1\t0\t0\n"
		"paths\t1\t0\t0\t1\t1\n";
	struct summary *sum = summary_from_text("f", text_in, strings);

	CHECK(sum != NULL);
	if (!sum)
		return;
	CHECK(sum->nsleep_tests == 4 && sum->sleep_tests[0].group == 1 &&
	      sum->sleep_tests[1].group == 1 && sum->sleep_tests[1].param == 2);
	CHECK(sum->nsleep_tests == 4 && sum->sleep_tests[2].group == 2 &&
	      sum->sleep_tests[2].suffix &&
	      !strcmp(sum->sleep_tests[2].suffix, "->table") &&
	      sum->sleep_tests[3].group == 2 &&
	      sum->sleep_tests[3].ones == 1024);
	CHECK(sum->left_guard.n == 2 && sum->left_guard.any[1].group == 1);
	CHECK(writes_back(sum, false, text_in));
	summary_free(sum);
	sum = summary_from_text("f", "sleep\ta.c\t1\tmsleep\n"
				"guard\t1\t1\t0\t0\t&300\n", strings);
	CHECK(sum && sum->nsleep_tests == 1 && !sum->sleep_tests[0].group);
	if (sum)
		summary_free(sum);
}

/*
 * Equality tests (sleep_guard_equals.c): `code == 2 || code == 3`, two
 * groups, the second also needing `code != 2`; a member test after a
 * constant.  A guard line not understood (a constant that is no number,
 * or zero) is a sleep that needs no test.
 */
static void test_guard_equals(struct intern_table *strings)
{
	static const char text_in[] =
		"sleep\tlib/a.c\t21\tmsleep\n"
		"guard\t1\t1\t0\t0\t==2\n"
		"guard\t1\t0\t0\t0\t==2\t&1\n"
		"guard\t1\t1\t0\t0\t==-3\t&1\n"
		"guard\t0\t1\t0\t0\t->mode\n"
		"returns\t0\t-1\t0\t0\n"
		"paths\t1\t0\t0\t1\t1\n";
	struct summary *sum = summary_from_text("f", text_in, strings);

	CHECK(sum != NULL);
	if (!sum)
		return;
	CHECK(sum->nsleep_tests == 4 && !sum->sleep_unguarded &&
	      sum->sleep_tests[0].equals && sum->sleep_tests[0].value &&
	      sum->sleep_tests[0].constant == 2 && !sum->sleep_tests[0].group);
	CHECK(sum->nsleep_tests == 4 && sum->sleep_tests[1].equals &&
	      !sum->sleep_tests[1].value && sum->sleep_tests[1].group == 1 &&
	      sum->sleep_tests[2].constant == -3);
	CHECK(sum->nsleep_tests == 4 && !sum->sleep_tests[3].equals &&
	      sum->sleep_tests[3].suffix);
	CHECK(writes_back(sum, false, text_in));
	summary_free(sum);
	sum = summary_from_text("f", "sleep\ta.c\t1\tmsleep\n"
				"guard\t1\t1\t0\t0\t==x2\n", strings);
	CHECK(sum && sum->sleep_guarded && sum->sleep_unguarded);
	if (sum)
		summary_free(sum);
	sum = summary_from_text("f", "sleep\ta.c\t1\tmsleep\n"
				"guard\t1\t1\t0\t0\t==0\n", strings);
	CHECK(sum && sum->sleep_unguarded);
	if (sum)
		summary_free(sum);
}

/*
 * How far below the entry the sleeps after leaving come (left_levels.c):
 * two spin levels and every irq level; none at all (two sleeps leaving
 * different contexts); a damaged entry is left out.
 */
static void test_left_levels(struct intern_table *strings)
{
	static const char text_in[] =
		"left\tspin\tlib/a.c\t30\tmsleep\n"
		"leftlevels\tspin=2,irq=all,kmap_atomic()=1\n"
		"returns\t0\t-1\t0\t0\n"
		"paths\t1\t0\t0\t1\t1\n";
	static const char none[] =
		"left\tspin\tlib/a.c\t30\tmsleep\n"
		"leftlevels\t\n"
		"returns\t0\t-1\t0\t0\n"
		"paths\t1\t0\t0\t1\t1\n";
	struct summary *sum = summary_from_text("f", text_in, strings);
	char *text;

	CHECK(sum && sum->has_left_levels && sum->nleft_levels == 3);
	if (!sum)
		return;
	CHECK(!strcmp(sum->left_levels[0].context, "spin") &&
	      sum->left_levels[0].levels == 2 && !sum->left_levels[0].all);
	CHECK(sum->nleft_levels == 3 && sum->left_levels[1].all &&
	      sum->left_levels[2].levels == 1);
	CHECK(writes_back(sum, false, text_in));
	summary_free(sum);
	sum = summary_from_text("f", none, strings);
	CHECK(sum && sum->has_left_levels && !sum->nleft_levels);
	if (sum) {
		text = summary_to_text(sum, false);
		CHECK(!strcmp(text, none));
		free(text);
		summary_free(sum);
	}
	sum = summary_from_text("f", "left\tspin\ta.c\t3\tmsleep\n"
				"leftlevels\tspin=x,=3,preempt=-1,bh=2\n", strings);
	CHECK(sum && sum->nleft_levels == 1 &&
	      !strcmp(sum->left_levels[0].context, "bh"));
	if (sum)
		summary_free(sum);
}

/*
 * A lock helper's entry test of its object's member and its context
 * deltas per side and per result (context_guard.c, context_result.c),
 * and the members an object helper sets on every return of it
 * (returned_members.c): read back, they say what the helper's own
 * summary said.  Damaged lines leave them unknown.
 */
static void test_sides_and_members(struct intern_table *strings)
{
	static const char text_in[] =
		"sleep\tlib/a.c\t12\tmutex_lock_interruptible\n"
		"returns\t0\t-1\t0\t1\n"
		"entryguard\t0\t->queue_ready\t1\t2\n"
		"context\tspin\t1\t1\t0\t1\t0\n"
		"contextresult\tspin\t3\t0\t1\t0\t1\t2\n"
		"contextside\tspin\t0\t1\t1\t2\t0\n"
		"context\tbh\t1\t1\t0\t1\t0\n"
		"contextside\tbh\t0\t1\t1\t1\t2\n"
		"retmember\t->waiting\t$1\n"
		"retmember\t->status\t-5\n"
		"paths\t3\t0\t0\t3\t1\n";
	static const char *const damaged[] = {
		"entryguard\t-1\t->m\t1\t1\n", "entryguard\t0\t\t1\t1\n",
		"entryguard\t0\t->m\t1\t1\tbent\n",
		"retmember\t->w\t$x\n", "retmember\t->w\t$-1\n",
		"retmember\t->w\t12z\n", "retmember\t\t1\n",
		"contextside\tspin\t0\t1\t1\t1\t0\n",
	};
	struct summary *sum = summary_from_text("f", text_in, strings);
	const struct summary_context *c;
	size_t i;

	CHECK(sum != NULL);
	if (!sum)
		return;
	CHECK(sum->has_guard && !sum->guard_broken && sum->guard_param == 0 &&
	      !strcmp(sum->guard_suffix, "->queue_ready") &&
	      sum->guard_returns[0] == 1 && sum->guard_returns[1] == 2);
	CHECK(sum->ncontexts == 2);
	c = &sum->contexts[0];
	CHECK(c->result_seen == 3 && !c->result_broken && c->zero_delta == 1 &&
	      !c->other_delta);
	CHECK(c->zero_switch == SUMMARY_SWITCH_COUNTED &&
	      c->other_switch == SUMMARY_SWITCH_ON);
	CHECK(!c->guard_delta[0] && c->guard_delta[1] == 1 &&
	      c->guard_counted[0] == 1 && c->guard_counted[1] == 2 &&
	      !c->guard_mixed);
	CHECK(context_guard_one_side(sum, c));
	c = &sum->contexts[1];
	CHECK(!c->result_seen && c->guard_mixed == 2 &&
	      !context_guard_one_side(sum, c));
	CHECK(sum->returned_seen == 1 && sum->nreturned_members == 2 &&
	      !strcmp(sum->returned_members[0].suffix, "->waiting") &&
	      sum->returned_members[0].symbolic &&
	      sum->returned_members[0].param == 1);
	CHECK(sum->nreturned_members == 2 && !sum->returned_members[1].symbolic &&
	      sum->returned_members[1].value == -5);
	CHECK(writes_back(sum, sum->returns_pointer, text_in));
	summary_free(sum);
	sum = summary_from_text("f", "entryguard\t1\t->m\t0\t3\tbroken\n",
				strings);
	CHECK(sum && sum->has_guard && sum->guard_broken && sum->guard_param == 1);
	if (sum)
		summary_free(sum);
	for (i = 0; i < sizeof(damaged) / sizeof(damaged[0]); i++) {
		sum = summary_from_text("f", damaged[i], strings);
		CHECK(sum && !sum->has_guard && !sum->returned_seen &&
		      !sum->nreturned_members && !sum->ncontexts);
		if (sum)
			summary_free(sum);
	}
}

/*
 * What a call out's callee's own sleep needs (sleep_guard_own.c): a test
 * of the caller's parameter, or never ("-"), after the path's test.
 */
static void test_call_own(struct intern_table *strings)
{
	static const char text[] =
		"call\texec\t\t10\t\t\t1,1,0,0\n"
		"call\tquiet\t\t11\t0=0\t\t-\n"
		"call\tboth\t\t12\t\t2,0,512,0\t1,0,0,4\n";
	struct summary *sum = summary_from_text("f", text, strings);

	CHECK(sum && sum->ncalls_out == 3);
	if (!sum || sum->ncalls_out != 3)
		return;
	CHECK(sum->calls_out[0].has_own_guard && !sum->calls_out[0].has_guard &&
	      !sum->calls_out[0].own_quiet &&
	      sum->calls_out[0].own_param == 1 && sum->calls_out[0].own_value);
	CHECK(sum->calls_out[1].own_quiet && !sum->calls_out[1].has_own_guard &&
	      sum->calls_out[1].const_args == 1);
	CHECK(sum->calls_out[2].has_guard && sum->calls_out[2].has_own_guard &&
	      sum->calls_out[2].guard_ones == 512 &&
	      sum->calls_out[2].own_zeros == 4);
	CHECK(writes_back_calls(sum, text));
	summary_free(sum);
	sum = summary_from_text("f", "call\tx\t\t13\t\t\tbogus\n", strings);
	CHECK(sum && sum->ncalls_out == 1 && !sum->calls_out[0].has_own_guard &&
	      !sum->calls_out[0].own_quiet && !sum->calls_out[0].own_zeros);
	if (sum)
		summary_free(sum);
}

/*
 * A call out's own test of a member of the caller's parameter
 * (",->fc_mx" after the test), an argument that is a member of its
 * parameter ("1:0->fc_mx") and the constants the call passes in the
 * members of its arguments (sleep_guard_members.c), after every other
 * field: kept through the text; a damaged item is not taken.
 */
static void test_call_members(struct intern_table *strings)
{
	static const char text[] =
		"call\tmetrics\troute_create\t10\t\t\t0,1,0,0,->fc_mx\n"
		"call\troute_add\t\t11\t\t\t\t\t0->fc_mx=0,2.nl.b=-3\n"
		"call\tinit\troute_create\t12\t\t\t\t0:1,1:0->fc_mx\n";
	struct summary *sum = summary_from_text("f", text, strings);

	CHECK(sum && sum->ncalls_out == 3);
	if (!sum || sum->ncalls_out != 3)
		return;
	CHECK(sum->calls_out[2].param_args == 1 &&
	      sum->calls_out[2].member_args == 2 &&
	      sum->calls_out[2].param_of[0] == 1 &&
	      sum->calls_out[2].param_of[1] == 0 &&
	      !strcmp(sum->calls_out[2].arg_suffix[1], "->fc_mx"));
	CHECK(sum->calls_out[0].has_own_guard &&
	      sum->calls_out[0].own_param == 0 &&
	      sum->calls_out[0].own_suffix &&
	      !strcmp(sum->calls_out[0].own_suffix, "->fc_mx") &&
	      !sum->calls_out[0].nmember_consts);
	CHECK(!sum->calls_out[1].has_own_guard &&
	      sum->calls_out[1].nmember_consts == 2 &&
	      sum->calls_out[1].member_arg[0] == 0 &&
	      !strcmp(sum->calls_out[1].member_suffix[0], "->fc_mx") &&
	      sum->calls_out[1].member_value[0] == 0 &&
	      sum->calls_out[1].member_arg[1] == 2 &&
	      !strcmp(sum->calls_out[1].member_suffix[1], ".nl.b") &&
	      sum->calls_out[1].member_value[1] == -3);
	CHECK(writes_back_calls(sum, text));
	summary_free(sum);
	sum = summary_from_text("f", "call\tx\t\t13\t\t\t\t\t0->m=,x.y=1,99->z=1,1->k=2\n",
				strings);
	CHECK(sum && sum->ncalls_out == 1 &&
	      sum->calls_out[0].nmember_consts == 1 &&
	      sum->calls_out[0].member_arg[0] == 1 &&
	      sum->calls_out[0].member_value[0] == 2);
	if (sum)
		summary_free(sum);
}

/*
 * A call out's arguments that are the caller's parameters passed on
 * (sleep_guard_params.c), after every other field, empty ones kept: kept
 * through the text; a damaged pair ends the list, a parameter out of
 * range is not taken.
 */
static void test_call_params(struct intern_table *strings)
{
	static const char text[] =
		"call\tsend\tmulticast\t10\t\t\t\t1:1,4:2\n"
		"call\tboth\t\t11\t2=8\t\t-\t0:0\n";
	struct summary *sum = summary_from_text("f", text, strings);

	CHECK(sum && sum->ncalls_out == 2);
	if (!sum || sum->ncalls_out != 2)
		return;
	CHECK(sum->calls_out[0].param_args == 0x12 &&
	      sum->calls_out[0].param_of[1] == 1 &&
	      sum->calls_out[0].param_of[4] == 2 &&
	      !sum->calls_out[0].const_args && !sum->calls_out[0].own_quiet);
	CHECK(sum->calls_out[1].param_args == 1 &&
	      sum->calls_out[1].const_args == 4 && sum->calls_out[1].own_quiet);
	CHECK(writes_back_calls(sum, text));
	summary_free(sum);
	sum = summary_from_text("f", "call\tx\t\t13\t\t\t\t1:1,2:x,3:3\n"
				"call\ty\t\t14\t\t\t\t1:99\n", strings);
	CHECK(sum && sum->ncalls_out == 2 && sum->calls_out[0].param_args == 2 &&
	      !sum->calls_out[1].param_args);
	if (sum)
		summary_free(sum);
}

/*
 * A call out's argument that is a parameter's bits (`flags &
 * MSG_DONTWAIT`: "ARG:PARAM&MASK", sleep_guard_mask.c): kept through the
 * text beside plain ones; a mask that is no number, or 0, ends the list.
 */
static void test_call_param_masks(struct intern_table *strings)
{
	static const char text[] =
		"call\tsend\tappend\t10\t\t1,0,0,64\t\t0:0,1:1&64\n";
	struct summary *sum = summary_from_text("f", text, strings);

	CHECK(sum && sum->ncalls_out == 1);
	if (!sum || sum->ncalls_out != 1)
		return;
	CHECK(sum->calls_out[0].param_args == 3 &&
	      sum->calls_out[0].param_of[1] == 1 &&
	      sum->calls_out[0].param_mask[1] == 64 &&
	      !sum->calls_out[0].param_mask[0]);
	CHECK(writes_back_calls(sum, text));
	summary_free(sum);
	sum = summary_from_text("f", "call\tx\t\t13\t\t\t\t0:0,1:1&x,2:2\n"
				"call\ty\t\t14\t\t\t\t1:1&0\n", strings);
	CHECK(sum && sum->ncalls_out == 2 && sum->calls_out[0].param_args == 1 &&
	      !sum->calls_out[1].param_args);
	if (sum)
		summary_free(sum);
}

/*
 * A call out's path test of equality (`state != 1`, `mode == 2`): the
 * constant after the bits, kept through the text; anything else after
 * them drops the test, which then says the call is always made.
 */
static void test_call_guard_equals(struct intern_table *strings)
{
	static const char text[] =
		"call\trefresh\t\t18\t\t1,0,0,0,==1\t\t0:0\n"
		"call\trefresh\tkick\t42\t\t1,1,0,0,==-2\n";
	struct summary *sum = summary_from_text("f", text, strings);
	const struct function_call_out *c;

	CHECK(sum && sum->ncalls_out == 2);
	if (!sum || sum->ncalls_out != 2)
		return;
	c = sum->calls_out;
	CHECK(c[0].has_guard && c[0].guard_equals && c[0].guard_param == 1 &&
	      !c[0].guard_value && c[0].guard_constant == 1 &&
	      c[0].param_args == 1);
	CHECK(c[1].has_guard && c[1].guard_equals && c[1].guard_value &&
	      c[1].guard_constant == -2);
	CHECK(writes_back_calls(sum, text));
	summary_free(sum);
	sum = summary_from_text("f", "call\tx\t\t13\t\t1,0,0,0,==1x\n"
				"call\ty\t\t14\t\t1,0,0,0,=1\n"
				"call\tz\t\t15\t\t1,0,4,0\n", strings);
	CHECK(sum && sum->ncalls_out == 3);
	if (!sum || sum->ncalls_out != 3)
		return;
	CHECK(!sum->calls_out[0].has_guard && !sum->calls_out[1].has_guard);
	CHECK(sum->calls_out[2].has_guard && !sum->calls_out[2].guard_equals &&
	      sum->calls_out[2].guard_ones == 4);
	summary_free(sum);
}

/*
 * A call out's path test of bits taken the other way (`if (flags & (A |
 * B))`, `if ((flags & M) != V)`): ",!" after the bits, kept through the
 * text; with no bits it says nothing, and the test is dropped.
 */
static void test_call_guard_differ(struct intern_table *strings)
{
	static const char text[] =
		"call\tslow\t\t12\t\t0,0,0,3,!\n"
		"call\tslow\tget\t20\t\t1,0,2,1,!\t\t0:1\n";
	struct summary *sum = summary_from_text("f", text, strings);
	const struct function_call_out *c;

	CHECK(sum && sum->ncalls_out == 2);
	if (!sum || sum->ncalls_out != 2)
		return;
	c = sum->calls_out;
	CHECK(c[0].has_guard && c[0].guard_differ && !c[0].guard_equals &&
	      !c[0].guard_suffix && c[0].guard_zeros == 3 && !c[0].guard_ones);
	CHECK(c[1].has_guard && c[1].guard_differ && c[1].guard_param == 1 &&
	      c[1].guard_ones == 2 && c[1].guard_zeros == 1);
	CHECK(writes_back_calls(sum, text));
	summary_free(sum);
	sum = summary_from_text("f", "call\tx\t\t13\t\t0,0,0,0,!\n"
				"call\ty\t\t14\t\t0,0,4,0\n", strings);
	CHECK(sum && sum->ncalls_out == 2);
	if (!sum || sum->ncalls_out != 2)
		return;
	CHECK(!sum->calls_out[0].has_guard);
	CHECK(sum->calls_out[1].has_guard && !sum->calls_out[1].guard_differ);
	summary_free(sum);
}

/*
 * A call out's path test of a member of the parameter (`if (!(nd->flags
 * & LOOKUP_RCU)) path_put(...)`): the member after the bits, kept
 * through the text.
 */
static void test_call_guard_member(struct intern_table *strings)
{
	static const char text[] =
		"call\tdput\tpath_put\t979\t\t0,0,0,64,->flags\n"
		"call\tmntput\t\t12\t\t1,1,0,0,->mnt.count\t\t0:1\n";
	struct summary *sum = summary_from_text("f", text, strings);
	const struct function_call_out *c;

	CHECK(sum && sum->ncalls_out == 2);
	if (!sum || sum->ncalls_out != 2)
		return;
	c = sum->calls_out;
	CHECK(c[0].has_guard && !c[0].guard_equals && c[0].guard_param == 0 &&
	      c[0].guard_zeros == 64 && c[0].guard_suffix &&
	      !strcmp(c[0].guard_suffix, "->flags"));
	CHECK(c[1].has_guard && c[1].guard_value && c[1].guard_param == 1 &&
	      c[1].guard_suffix && !strcmp(c[1].guard_suffix, "->mnt.count"));
	CHECK(writes_back_calls(sum, text));
	summary_free(sum);
}

/*
 * The results of the returns handing a mapping over, and of the others
 * (handed_result.c): kept through the text; a short line or bits beyond
 * the two kinds say nothing more.
 */
static void test_handed_result(struct intern_table *strings)
{
	static const char text[] =
		"store\t2\t=*\t2\t0\t0\t0\t0\n"
		"handedresult\t2\t3\n";
	struct summary *sum = summary_from_text("f", text, strings);

	CHECK(sum && sum->handed_results == 2 && sum->plain_results == 3);
	if (!sum)
		return;
	sum->maps_conditionally = true;
	CHECK(handed_on_nonzero(sum));
	CHECK(writes_back_calls(sum, "handedresult\t2\t3\n"));
	summary_free(sum);
	sum = summary_from_text("f", "handedresult\t2\n"
				"handedresult\t6\t9\t1\n", strings);
	CHECK(sum && !sum->handed_results && !sum->plain_results);
	if (sum)
		summary_free(sum);
	sum = summary_from_text("f", "handedresult\t6\t5\n", strings);
	CHECK(sum && sum->handed_results == 2 && sum->plain_results == 1);
	if (sum)
		summary_free(sum);
	/* Handed over on a zero result: the error-code convention stands. */
	sum = summary_from_text("f", "handedresult\t1\t2\n", strings);
	if (sum)
		sum->maps_conditionally = true;
	CHECK(sum && !handed_on_nonzero(sum));
	if (sum)
		summary_free(sum);
}

/* Fields out of range are refused; unknown and short lines are dropped. */
/*
 * A context every return switched whatever its caller held (interrupts
 * on, or off again after a switch on below the entry: context_switch.c)
 * is said after its context line; a damaged line, or one without its
 * context, leaves the context counted by its delta.
 */
static void test_context_switch(struct intern_table *strings)
{
	static const char text_in[] =
		"returns\t0\t-1\t0\t0\n"
		"context\tirq\t-1\t0\t-1\t-1\t0\n"
		"contextswitch\tirq\ton\n"
		"context\tspin\t-1\t0\t-1\t-1\t0\n"
		"context\thardirq\t1\t0\t1\t1\t0\n"
		"contextswitch\thardirq\toff\n"
		"paths\t1\t0\t0\t1\t1\n";
	static const char *const damaged[] = {
		"context\tirq\t0\t0\t0\t0\t0\ncontextswitch\tirq\tsideways\n",
		"context\tirq\t0\t0\t0\t0\t0\ncontextswitch\tirq\n",
		"context\tirq\t0\t0\t0\t0\t0\ncontextswitch\tirq\ton\tx\n",
		"context\tirq\t0\t0\t0\t0\t0\ncontextswitch\tspin\toff\n",
		"contextswitch\tirq\ton\ncontext\tirq\t0\t0\t0\t0\t0\n",
	};
	struct summary *sum = summary_from_text("f", text_in, strings);
	size_t i;

	CHECK(sum && sum->ncontexts == 3);
	if (!sum)
		return;
	if (sum->ncontexts == 3) {
		CHECK(sum->contexts[0].switch_seen == SUMMARY_SWITCH_ON);
		CHECK(!sum->contexts[1].switch_seen);
		CHECK(sum->contexts[2].switch_seen == SUMMARY_SWITCH_OFF);
	}
	CHECK(writes_back(sum, false, text_in));
	summary_free(sum);
	for (i = 0; i < sizeof(damaged) / sizeof(damaged[0]); i++) {
		sum = summary_from_text("f", damaged[i], strings);
		CHECK(sum && sum->ncontexts == 1 &&
		      !sum->contexts[0].switch_seen);
		if (sum)
			summary_free(sum);
	}
}

static void test_damaged(struct intern_table *strings)
{
	static const char *const bad[] = {
		"returns\t9\t0\t0\t0\n",
		"unmap\t-4\t-\t1\t1\t0\t-1\t0\n",
		"store\t1\t=x\t77\t0\t0\t-1\t0\n",
	};
	static const char *const odd[] = {
		"", "\n\n\t\t\n", "sleep\n", "sleep\ta\n", "bogus\t1\t2\n",
		"context\tx\n", "call\t\t\t\n", "paths\tx\ty\n",
		"unmap\t1\t?\t1\t1\t0\t-1\t0\n", "unless\tbh\n",
		"unless\tbh\ta.c\t3\n", "unmap\t1\t~page\t3\t1\t0\t-1\t0\n",
	};
	size_t i;

	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		CHECK(summary_from_text("f", bad[i], strings) == NULL);
	for (i = 0; i < sizeof(odd) / sizeof(odd[0]); i++) {
		struct summary *sum = summary_from_text("f", odd[i], strings);

		CHECK(sum != NULL);
		if (sum) {
			CHECK(!sum->may_sleep && !sum->nunmaps && !sum->ncalls_out);
			CHECK(!sum->sleep_unless && !sum->unless_sleep_chain);
			summary_free(sum);
		}
	}
}

int main(void)
{
	struct intern_table *strings = intern_new();

	test_round_trip(strings);
	test_sleep_unless(strings);
	test_page_form(strings);
	test_guard_groups(strings);
	test_guard_equals(strings);
	test_left_levels(strings);
	test_sides_and_members(strings);
	test_call_own(strings);
	test_call_members(strings);
	test_call_params(strings);
	test_call_param_masks(strings);
	test_call_guard_equals(strings);
	test_call_guard_member(strings);
	test_call_guard_differ(strings);
	test_handed_result(strings);
	test_context_switch(strings);
	test_damaged(strings);
	intern_free(strings);
	return failures ? 1 : 0;
}
