// SPDX-License-Identifier: GPL-2.0
/*
 * summary_text.c - a summary as text, for the summary database: one fact
 * per line, fields separated by tabs.  The text is also what a caller in
 * another file records as the answer its check depended on, so the same
 * summary always gives the same text.
 *
 *   sleep      FILE LINE CHAIN
 *   guard      PARAM VALUE ONES ZEROS [MEMBER] [==CONSTANT] [&GROUP] (it
 *              sleeps only so, or so by another guard line: sleep_guard.c;
 *              MEMBER "->info": the test is of that member of the
 *              parameter, member_guard.c; ==CONSTANT: VALUE is the truth
 *              of PARAM == CONSTANT, sleep_guard_equals.c; the lines of
 *              one GROUP all hold for one sleep, sleep_guard_join.c)
 *   left       CONTEXT FILE LINE CHAIN   (sleeps after leaving CONTEXT)
 *   leftlevels CONTEXT=LEVELS,...   (how far below the entry those sleeps
 *              come: LEVELS a number, or "all" for a context switched on,
 *              "alone" for one switched on by a call that left nothing
 *              else, as schedule(); left_levels.c)
 *   leftguard  PARAM VALUE ONES ZEROS [MEMBER] [==CONSTANT] [&GROUP] (as
 *              guard, for the sleeps after leaving)
 *   unless     CONTEXT FILE LINE CHAIN   (sleeps unless the caller holds CONTEXT)
 *   unmapsleep FILE LINE CHAIN
 *   fault      FILE LINE CHAIN
 *   lastref    FILE LINE CHAIN   (sleeps only after a last-reference test)
 *   returns    FAMILY PAGE_PARAM KMAPPED_PAGE POINTER
 *   unmap|store|release PARAM SUFFIX FAMILY RETURNS_WITH HOLDS_PAGE PAGE_PARAM RETURNED
 *   cleared    UNMAP_INDEX RETURNS   (returns that also cleared what it unmapped)
 *   context    NAME DELTA MIXED MIN MAX SLEEP_OK
 *   contextside NAME FALSE_DELTA TRUE_DELTA FALSE_SEEN TRUE_SEEN MIXED_BITS
 *              (the context's delta on each side of the entry guard,
 *              after its context line: context_guard.c)
 *   contextresult NAME SEEN BROKEN ZERO_DELTA OTHER_DELTA ZERO_SWITCH
 *              OTHER_SWITCH (the context's delta on returns of a zero
 *              result and of others, SEEN which were seen, and how they
 *              switched it, SUMMARY_SWITCH_* bits, after its context
 *              line: context_result.c)
 *   contextswitch NAME on|off (every return switched the context on, or
 *              off again after a switch on below the entry, whatever the
 *              caller held: interrupts, context_switch.c)
 *   entryguard PARAM MEMBER FALSE_RETURNS TRUE_RETURNS [broken] (the test
 *              of parameter PARAM's MEMBER its first branch makes, and
 *              the returns on each side: summary_guard.c)
 *   retmember  MEMBER $PARAM|VALUE (every return of the object it returns
 *              set MEMBER to parameter PARAM's entry value, or VALUE:
 *              returned_members.c)
 *   retnonzero (every return gives a nonzero constant: pointee_guard.c)
 *   handedresult HANDED PLAIN (the kinds of result, 1 zero, 2 other, 3
 *              both, of the returns that handed a mapping over and of the
 *              others: handed_result.c; absent if none handed one over)
 *   peak       DEPTH FILE LINE
 *   paths      RETURNS CONDITIONAL EFFECT_RETURNS PLAIN_RETURNS COMPLETE
 *   call       CALLEE VIA LINE [ARG=VALUE,...] [PARAM,VALUE,ONES,ZEROS[,!]]
 *              [OWN] (a call to another file: see extern.c; the arguments
 *              it passes as constants; the test of a parameter of this
 *              function its paths passed, sleep_guard.c; OWN: what the
 *              callee's own sleep needs there, "-" never, else a test
 *              PARAM,VALUE,ONES,ZEROS[,MEMBER] of this function's
 *              parameter or its MEMBER, sleep_guard_own.c)
 *              [ARG:PARAM[MEMBER],...] (arguments that are this
 *              function's parameters, or their MEMBER, passed on) [ARGMEMBER=VALUE,...] (constants
 *              stored in members of the objects passed, "0->fc_mx=0":
 *              sleep_guard_members.c)
 *
 * SUFFIX is "-" for the argument itself, else "=" and the suffix, or for
 * an unmap "~" and the page as an expression of parameters, $K for
 * parameter K (page_form.h).
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "analysis/walk.h"
#include "analysis/summary.h"

struct text_buf {
	char *s;
	size_t len, cap;
};

static void put(struct text_buf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

static void put(struct text_buf *b, const char *fmt, ...)
{
	va_list ap;
	int n;

	for (;;) {
		va_start(ap, fmt);
		n = vsnprintf(b->s + b->len, b->cap - b->len, fmt, ap);
		va_end(ap);
		if (n >= 0 && (size_t)n < b->cap - b->len)
			break;
		b->cap = b->cap * 2 + (n > 0 ? (size_t)n : 0) + 64;
		b->s = xrealloc(b->s, b->cap);
	}
	b->len += n;
}

static const char *file_of(struct ir_loc loc)
{
	return loc.file ? loc.file : "";
}

static void put_chain(struct text_buf *b, const char *key, const char *chain,
		      struct ir_loc loc)
{
	if (chain)
		put(b, "%s\t%s\t%u\t%s\n", key, file_of(loc), loc.line, chain);
}

static const char *effect_mark(const struct summary_effect *e)
{
	if (e->page_form)
		return "~";
	return e->suffix ? "=" : "-";
}

static const char *effect_where(const struct summary_effect *e)
{
	if (e->page_form)
		return e->page_form;
	return e->suffix ? e->suffix : "";
}

static void put_effects(struct text_buf *b, const char *key,
			const struct summary_effect *e, int n)
{
	int i;

	for (i = 0; i < n; i++, e++)
		put(b, "%s\t%d\t%s%s\t%d\t%d\t%d\t%d\t%d\n", key, e->param,
		    effect_mark(e), effect_where(e), e->family,
		    e->returns_with, e->holds_page, e->page_param,
		    e->returned);
}

/* A context's deltas per side of the entry guard, if it has some. */
static void put_context_sides(struct text_buf *b, const struct summary *sum,
			      const struct summary_context *c)
{
	if (!sum->has_guard || (!c->guard_counted[0] && !c->guard_counted[1] &&
				!c->guard_mixed))
		return;
	put(b, "contextside\t%s\t%d\t%d\t%d\t%d\t%d\n", c->name,
	    c->guard_delta[0], c->guard_delta[1], c->guard_counted[0],
	    c->guard_counted[1], c->guard_mixed);
}

/* A context's deltas per kind of result, if any were seen. */
static void put_context_result(struct text_buf *b,
			       const struct summary_context *c)
{
	if (!c->result_seen && !c->result_broken)
		return;
	put(b, "contextresult\t%s\t%d\t%d\t%d\t%d\t%d\t%d\n", c->name,
	    c->result_seen, c->result_broken, c->zero_delta, c->other_delta,
	    c->zero_switch, c->other_switch);
}

/* A context every return switched the same way, if there is one. */
static void put_context_switch(struct text_buf *b,
			       const struct summary_context *c)
{
	if (c->switch_seen == SUMMARY_SWITCH_ON)
		put(b, "contextswitch\t%s\ton\n", c->name);
	else if (c->switch_seen == SUMMARY_SWITCH_OFF)
		put(b, "contextswitch\t%s\toff\n", c->name);
}

static void put_contexts(struct text_buf *b, const struct summary *sum)
{
	int i;

	for (i = 0; i < sum->ncontexts; i++) {
		const struct summary_context *c = &sum->contexts[i];

		put(b, "context\t%s\t%d\t%d\t%d\t%d\t%d\n", c->name, c->delta,
		    c->mixed, c->min_delta, c->max_delta, c->sleep_ok);
		put_context_result(b, c);
		put_context_switch(b, c);
		put_context_sides(b, sum, c);
	}
}

static void put_entry_guard(struct text_buf *b, const struct summary *sum)
{
	if (!sum->has_guard || !sum->guard_suffix)
		return;
	put(b, "entryguard\t%d\t%s\t%d\t%d%s\n", sum->guard_param,
	    sum->guard_suffix, sum->guard_returns[0], sum->guard_returns[1],
	    sum->guard_broken ? "\tbroken" : "");
}

/* Only what every return of the object set (returned_seen 1) is told. */
static void put_returned_members(struct text_buf *b, const struct summary *sum)
{
	const struct returned_member *m;
	int i;

	if (sum->returned_seen != 1)
		return;
	for (i = 0; i < sum->nreturned_members; i++) {
		m = &sum->returned_members[i];
		if (m->symbolic)
			put(b, "retmember\t%s\t$%d\n", m->suffix, m->param);
		else
			put(b, "retmember\t%s\t%lld\n", m->suffix, m->value);
	}
}

/* Which of a call out's optional fields put_call() writes: up to the last set. */
static int call_fields(const struct function_call_out *out)
{
	if (out->nmember_consts)
		return 5;
	if (out->param_args || out->member_args)
		return 4;
	if (out->own_quiet || out->has_own_guard)
		return 3;
	if (out->has_guard)
		return 2;
	return out->const_args ? 1 : 0;
}

/* ARG=VALUE,... or ARG:PARAM,... (ARG:PARAM&MASK: that parameter's bits) */
static void put_arg_list(struct text_buf *b, unsigned args, char sep,
			 const long long *values, const signed char *params,
			 const unsigned long long *masks)
{
	const char *comma = "";
	int i;

	for (i = 0; i < HM_CALL_CONST_ARGS; i++)
		if (args & (1u << i)) {
			put(b, "%s%d%c%lld", comma, i, sep,
			    values ? values[i] : (long long)params[i]);
			if (masks && masks[i])
				put(b, "&%llu", masks[i]);
			comma = ",";
		}
}

/*
 * ARG:PARAM for a parameter passed on (ARG:PARAM&MASK: its bits of MASK),
 * ARG:PARAMMEMBER for its member.
 */
static void put_params(struct text_buf *b, const struct function_call_out *out)
{
	const char *comma = "";
	int i;

	for (i = 0; i < HM_CALL_CONST_ARGS; i++) {
		if (!((out->param_args | out->member_args) & (1u << i)))
			continue;
		put(b, "%s%d:%d%s", comma, i, out->param_of[i],
		    out->member_args & (1u << i) ? out->arg_suffix[i] : "");
		if ((out->param_args & (1u << i)) && out->param_mask[i])
			put(b, "&%llu", out->param_mask[i]);
		comma = ",";
	}
}

/*
 * "call CALLEE VIA LINE", then the optional fields: ARG=VALUE,... of
 * constant arguments; the path's guard (",==CONSTANT" after it: an
 * equality test; ",MEMBER": a test of that member of the parameter; ",!":
 * the bits test taken the other way); the callee's own guard ("-":
 * never); ARG:PARAM,... of the caller's parameters passed on (ARG:PARAM&MASK:
 * the parameter's bits of MASK; ARG:PARAMMEMBER: its member);
 * ARGMEMBER=VALUE,... of constants in the members of objects passed.
 */
static void put_call(struct text_buf *b, const struct function_call_out *out)
{
	int n = call_fields(out), i;

	put(b, "call\t%s\t%s\t%u", out->callee, out->via, out->line);
	if (n >= 1) {
		put(b, "\t");
		put_arg_list(b, out->const_args, '=', out->const_values, NULL,
			     NULL);
	}
	if (n >= 2) {
		put(b, "\t");
		if (out->has_guard)
			put(b, "%d,%d,%llu,%llu", out->guard_param,
			    out->guard_value, out->guard_ones, out->guard_zeros);
		if (out->has_guard && out->guard_equals)
			put(b, ",==%lld", out->guard_constant);
		else if (out->has_guard && out->guard_differ)
			put(b, ",!");
		else if (out->has_guard && out->guard_suffix)
			put(b, ",%s", out->guard_suffix);
	}
	if (n >= 3) {
		put(b, "\t");
		if (out->own_quiet)
			put(b, "-");
		else if (out->has_own_guard)
			put(b, "%d,%d,%llu,%llu", out->own_param,
			    out->own_value, out->own_ones, out->own_zeros);
		if (!out->own_quiet && out->has_own_guard && out->own_suffix)
			put(b, ",%s", out->own_suffix);
	}
	if (n >= 4) {
		put(b, "\t");
		put_params(b, out);
	}
	if (n >= 5) {
		put(b, "\t");
		for (i = 0; i < out->nmember_consts; i++)
			put(b, "%s%d%s=%lld", i ? "," : "", out->member_arg[i],
			    out->member_suffix[i], out->member_value[i]);
	}
	put(b, "\n");
}

static void put_sleep_test(struct text_buf *b, const char *key,
			   const struct sleep_test *test)
{
	put(b, "%s\t%d\t%d\t%llu\t%llu", key, test->param, test->value,
	    test->ones, test->zeros);
	if (test->suffix)
		put(b, "\t%s", test->suffix);
	if (test->equals)
		put(b, "\t==%lld", test->constant);
	if (test->group)
		put(b, "\t&%u", test->group);
	put(b, "\n");
}

static void put_left_levels(struct text_buf *b, const struct summary *sum)
{
	int i;

	put(b, "leftlevels\t");
	for (i = 0; i < sum->nleft_levels; i++) {
		const struct context_level *l = &sum->left_levels[i];

		if (l->all)
			put(b, "%s%s=%s", i ? "," : "", l->context,
			    l->alone ? "alone" : "all");
		else
			put(b, "%s%s=%d", i ? "," : "", l->context, l->levels);
	}
	put(b, "\n");
}

char *summary_to_text(const struct summary *sum, bool returns_pointer)
{
	struct text_buf b = { .s = xcalloc(1, 256), .cap = 256 };
	int i;

	if (sum->may_sleep)
		put_chain(&b, "sleep", sum->sleep_chain, sum->sleep_loc);
	if (sum->may_sleep && sum->sleep_guarded && !sum->sleep_unguarded)
		for (i = 0; i < sum->nsleep_tests; i++)
			put_sleep_test(&b, "guard", &sum->sleep_tests[i]);
	if (sum->sleep_after_leaving && sum->left_sleep_chain)
		put(&b, "left\t%s\t%s\t%u\t%s\n", sum->sleep_after_leaving,
		    file_of(sum->left_sleep_loc), sum->left_sleep_loc.line,
		    sum->left_sleep_chain);
	if (sum->sleep_after_leaving && sum->left_sleep_chain &&
	    sum->has_left_levels)
		put_left_levels(&b, sum);
	if (sum->sleep_after_leaving && sum->left_sleep_chain &&
	    sum->left_sleep_fault)
		put(&b, "leftfault\n");
	if (sum->sleep_after_leaving && sum->left_sleep_chain &&
	    sum->left_guard.guarded && !sum->left_guard.unguarded)
		for (i = 0; i < sum->left_guard.n; i++)
			put_sleep_test(&b, "leftguard", &sum->left_guard.any[i]);
	if (sum->sleep_unless && sum->unless_sleep_chain)
		put(&b, "unless\t%s\t%s\t%u\t%s\n", sum->sleep_unless,
		    file_of(sum->unless_sleep_loc), sum->unless_sleep_loc.line,
		    sum->unless_sleep_chain);
	put_chain(&b, "unmapsleep", sum->unmap_sleep_chain, sum->unmap_sleep_loc);
	if (sum->may_fault)
		put_chain(&b, "fault", sum->fault_chain, sum->fault_loc);
	put_chain(&b, "lastref", sum->last_ref_sleep_chain, sum->last_ref_sleep_loc);
	put(&b, "returns\t%d\t%d\t%d\t%d\n", sum->returns_family,
	    sum->returns_page_param, sum->returns_kmapped_page, returns_pointer);
	put_effects(&b, "unmap", sum->unmaps, sum->nunmaps);
	for (i = 0; i < sum->nunmaps; i++)
		if (sum->unmaps[i].clears_with)
			put(&b, "cleared\t%d\t%d\n", i, sum->unmaps[i].clears_with);
	put_effects(&b, "store", sum->stores, sum->nstores);
	put_effects(&b, "release", sum->releases, sum->nreleases);
	put_entry_guard(&b, sum);
	put_contexts(&b, sum);
	put_returned_members(&b, sum);
	if (sum->returns_nonzero == SUMMARY_NONZERO_ONLY)
		put(&b, "retnonzero\n");
	if (sum->handed_results)
		put(&b, "handedresult\t%d\t%d\n", sum->handed_results,
		    sum->plain_results);
	if (sum->peak_depth)
		put(&b, "peak\t%d\t%s\t%u\n", sum->peak_depth,
		    file_of(sum->peak_loc), sum->peak_loc.line);
	put(&b, "paths\t%d\t%d\t%d\t%d\t%d\n", sum->nreturns,
	    sum->maps_conditionally, sum->effect_returns, sum->plain_returns,
	    sum->complete);
	for (i = 0; i < sum->ncalls_out; i++)
		put_call(&b, &sum->calls_out[i]);
	return b.s;
}
