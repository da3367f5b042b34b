// SPDX-License-Identifier: GPL-2.0
/*
 * summary_text_parse.c - a summary back from its database text (the format
 * is in summary_text.c).  The text was written by this same version (the
 * database's schema version says so); a line it does not understand is
 * dropped, so a damaged row makes the summary say less, never crash.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "analysis/walk.h"
#include "analysis/summary.h"

#define MAX_FIELDS	9

struct fields {
	int n;
	char *v[MAX_FIELDS];
};

/* Split `line` (modified) at tabs. */
static void split(char *line, struct fields *f)
{
	char *p = line;

	f->n = 0;
	while (f->n < MAX_FIELDS) {
		f->v[f->n++] = p;
		p = strchr(p, '\t');
		if (!p)
			break;
		*p++ = '\0';
	}
}

static int num(const struct fields *f, int i)
{
	return i < f->n ? (int)strtol(f->v[i], NULL, 10) : 0;
}

static struct ir_loc loc_at(const struct fields *f, int i,
			    struct intern_table *strings)
{
	struct ir_loc loc = { 0 };

	if (i + 1 < f->n) {
		loc.file = f->v[i][0] ? intern(strings, f->v[i]) : NULL;
		loc.line = num(f, i + 1);
	}
	return loc;
}

static bool parse_chain(const struct fields *f, int at, char **chain,
			struct ir_loc *loc, struct intern_table *strings)
{
	if (f->n != at + 3 || *chain)
		return false;
	*loc = loc_at(f, at, strings);
	*chain = strdup(f->v[at + 2]);
	return true;
}

static void parse_effect(const struct fields *f, struct summary_effect *effects,
			 int *n, struct intern_table *strings)
{
	struct summary_effect *e;

	if (f->n != 8 || *n == HM_MAX_EFFECTS ||
	    (f->v[2][0] != '-' && f->v[2][0] != '=' &&
	     (f->v[2][0] != '~' || !strchr(f->v[2], '$'))))
		return;
	e = &effects[(*n)++];
	e->param = num(f, 1);
	e->suffix = f->v[2][0] == '=' ? intern(strings, f->v[2] + 1) : NULL;
	e->page_form = f->v[2][0] == '~' ? intern(strings, f->v[2] + 1) : NULL;
	e->family = (enum map_family)num(f, 3);
	e->returns_with = num(f, 4);
	e->holds_page = num(f, 5);
	e->page_param = num(f, 6);
	e->returned = num(f, 7);
}

static void parse_context(const struct fields *f, struct summary *sum,
			  struct intern_table *strings)
{
	struct summary_context *c;

	if (f->n != 7 || sum->ncontexts == HM_MAX_CONTEXTS)
		return;
	c = &sum->contexts[sum->ncontexts++];
	c->name = intern(strings, f->v[1]);
	c->delta = num(f, 2);
	c->mixed = num(f, 3);
	c->min_delta = num(f, 4);
	c->max_delta = num(f, 5);
	c->sleep_ok = num(f, 6);
}

static struct summary_context *context_named(struct summary *sum,
					      const char *name)
{
	int i;

	for (i = 0; i < sum->ncontexts; i++)
		if (!strcmp(sum->contexts[i].name, name))
			return &sum->contexts[i];
	return NULL;
}

/* After its context line: the deltas per kind of result (context_result.c). */
static void parse_context_result(const struct fields *f, struct summary *sum)
{
	struct summary_context *c = f->n == 8 ? context_named(sum, f->v[1]) : NULL;

	if (!c || num(f, 2) < 0 || num(f, 2) > 3)
		return;
	c->result_seen = (unsigned char)num(f, 2);
	c->result_broken = num(f, 3) != 0;
	c->zero_delta = num(f, 4);
	c->other_delta = num(f, 5);
	c->zero_switch = (unsigned char)(num(f, 6) & 7);
	c->other_switch = (unsigned char)(num(f, 7) & 7);
}

/* After its context line: where every return switched it (on, off). */
static void parse_context_switch(const struct fields *f, struct summary *sum)
{
	struct summary_context *c = f->n == 3 ? context_named(sum, f->v[1]) : NULL;

	if (c && !strcmp(f->v[2], "on"))
		c->switch_seen = SUMMARY_SWITCH_ON;
	else if (c && !strcmp(f->v[2], "off"))
		c->switch_seen = SUMMARY_SWITCH_OFF;
}

/* After its context line: a side's delta, as context_guard.c keeps it. */
static void parse_context_side(const struct fields *f, struct summary *sum)
{
	struct summary_context *c = f->n == 7 ? context_named(sum, f->v[1]) : NULL;

	if (!c || num(f, 4) < 0 || num(f, 5) < 0)
		return;
	c->guard_delta[0] = num(f, 2);
	c->guard_delta[1] = num(f, 3);
	c->guard_counted[0] = num(f, 4);
	c->guard_counted[1] = num(f, 5);
	c->guard_mixed = (unsigned char)(num(f, 6) & 3);
}

/* A damaged line leaves no guard: the caller judges all returns together. */
static void parse_entry_guard(const struct fields *f, struct summary *sum,
			      struct intern_table *strings)
{
	if ((f->n != 5 && f->n != 6) || num(f, 1) < 0 || !f->v[2][0] ||
	    num(f, 3) < 0 || num(f, 4) < 0 ||
	    (f->n == 6 && strcmp(f->v[5], "broken")))
		return;
	sum->has_guard = true;
	sum->guard_param = num(f, 1);
	sum->guard_suffix = intern(strings, f->v[2]);
	sum->guard_returns[0] = num(f, 3);
	sum->guard_returns[1] = num(f, 4);
	sum->guard_broken = f->n == 6;
}

/* "retmember ->waiting $1" or "retmember ->waiting 0". */
static void parse_returned_member(const struct fields *f, struct summary *sum,
				  struct intern_table *strings)
{
	struct returned_member *m;
	const char *value;
	char *end;

	if (f->n != 3 || !f->v[1][0] ||
	    sum->nreturned_members == HM_MAX_RETURNED_MEMBERS)
		return;
	value = f->v[2];
	m = &sum->returned_members[sum->nreturned_members];
	m->symbolic = value[0] == '$';
	if (m->symbolic) {
		m->param = (int)strtol(value + 1, &end, 10);
		m->value = 0;
	} else {
		m->param = -1;
		m->value = strtoll(value, &end, 10);
	}
	if (end == value + m->symbolic || *end || (m->symbolic && m->param < 0))
		return;
	m->suffix = intern(strings, f->v[1]);
	sum->nreturned_members++;
	sum->returned_seen = 1;
}

/* "2=2592,0=8": a damaged pair is left out. */
static void parse_consts(const char *text, struct function_call_out *out)
{
	char *end;
	long arg;

	while (*text) {
		arg = strtol(text, &end, 10);
		if (end == text || *end != '=' || arg < 0 ||
		    arg >= HM_CALL_CONST_ARGS)
			return;
		text = end + 1;
		out->const_values[arg] = strtoll(text, &end, 10);
		if (end == text)
			return;
		out->const_args |= 1u << arg;
		text = *end == ',' ? end + 1 : end;
		if (*end && *end != ',')
			return;
	}
}

/* ",==CONSTANT" after a call's guard: 1, an equality; 0 none; -1 other text. */
static int call_guard_equals(const char *text, long long *constant)
{
	int used = -1;

	if (!*text)
		return 0;
	if (sscanf(text, ",==%lld%n", constant, &used) != 1 || used < 0 ||
	    text[used])
		return -1;
	return 1;
}

/*
 * "PARAM,VALUE,ONES,ZEROS[,==CONSTANT]", "...,ZEROS,MEMBER" or
 * "...,ZEROS,!": the test its caller's path passed (of that member of the
 * parameter; the bits test taken the other way).  Anything
 * else drops the test: the call is then believed made whatever the
 * caller passes.
 */
static void parse_call_guard(const char *text, struct function_call_out *out,
			     struct intern_table *strings)
{
	unsigned long long ones, zeros;
	long long constant = 0;
	int param, value, used = -1, equals = 0;
	const char *member = NULL;
	bool differ = false;

	if (sscanf(text, "%d,%d,%llu,%llu%n", &param, &value, &ones, &zeros,
		   &used) != 4 || param < 0 || used < 0)
		return;
	if (!strcmp(text + used, ",!"))
		differ = true;
	else if (text[used] == ',' && text[used + 1] && text[used + 1] != '=')
		member = text + used + 1;
	else
		equals = call_guard_equals(text + used, &constant);
	if (equals < 0)
		return;
	out->guard_suffix = member ? intern(strings, member) : NULL;
	out->has_guard = true;
	out->guard_param = param;
	out->guard_value = value;
	out->guard_ones = ones;
	out->guard_zeros = zeros;
	out->guard_equals = equals;
	out->guard_constant = constant;
	out->guard_differ = differ && (ones || zeros);
	out->has_guard = !differ || out->guard_differ;
}

/*
 * "-" or "PARAM,VALUE,ONES,ZEROS[,MEMBER]": what the callee's own sleep
 * needs.
 */
static void parse_call_own(const char *text, struct function_call_out *out,
			   struct intern_table *strings)
{
	const char *member = text;
	int param, value, commas = 0;

	if (!strcmp(text, "-")) {
		out->own_quiet = true;
		return;
	}
	if (sscanf(text, "%d,%d,%llu,%llu", &param, &value, &out->own_ones,
		   &out->own_zeros) != 4 || param < 0) {
		out->own_ones = out->own_zeros = 0;
		return;
	}
	while (commas < 4 && (member = strchr(member, ',')))
		member++, commas++;
	out->has_own_guard = true;
	out->own_param = param;
	out->own_value = value;
	out->own_suffix = member && *member ? intern(strings, member) : NULL;
}

/*
 * "4:2,0:0,1:3&64,2:0->mx": arguments that are the caller's parameters
 * passed on, their bits of a mask, or a member of one.
 */
static void parse_params(char *text, struct function_call_out *out,
			 struct intern_table *strings)
{
	unsigned long long mask;
	char *end, *member;
	long arg, param;

	while (*text) {
		arg = strtol(text, &end, 10);
		if (end == text || *end != ':' || arg < 0 ||
		    arg >= HM_CALL_CONST_ARGS)
			return;
		text = end + 1;
		param = strtol(text, &end, 10);
		if (end == text || param < 0 || param >= HM_CALL_CONST_ARGS)
			return;
		mask = 0;
		member = NULL;
		if (*end == '&') {
			text = end + 1;
			if (*text < '0' || *text > '9')
				return;
			mask = strtoull(text, &end, 10);
			if (end == text || !mask)
				return;
		} else if (*end && *end != ',') {
			member = end;
			end += strcspn(end, ",");
		}
		if (*end && *end != ',')
			return;
		text = *end ? end + 1 : end;
		*end = '\0';
		out->param_of[arg] = (signed char)param;
		if (member) {
			out->member_args |= 1u << arg;
			out->arg_suffix[arg] = intern(strings, member);
			continue;
		}
		out->param_args |= 1u << arg;
		out->param_mask[arg] = mask;
	}
}

/* "0->fc_mx=0,1.len=4": constants in the members of objects passed. */
static void parse_members(char *text, struct function_call_out *out,
			  struct intern_table *strings)
{
	char *item = text, *next, *after, *eq, *stop;
	long long value;
	long arg;
	int i;

	for (; item && out->nmember_consts < HM_CALL_MEMBER_CONSTS; item = next) {
		next = strchr(item, ',');
		if (next)
			*next++ = '\0';
		arg = strtol(item, &after, 10);
		eq = strrchr(after, '=');
		if (after == item || arg < 0 || arg >= HM_CALL_CONST_ARGS ||
		    !eq || eq == after)
			continue;
		value = strtoll(eq + 1, &stop, 10);
		if (stop == eq + 1 || *stop)
			continue;
		*eq = '\0';
		i = out->nmember_consts++;
		out->member_arg[i] = (signed char)arg;
		out->member_suffix[i] = intern(strings, after);
		out->member_value[i] = value;
	}
}

static void parse_call(const struct fields *f, struct summary *sum,
		       struct intern_table *strings)
{
	struct function_call_out *out;

	if (f->n < 4 || f->n > 9 || !f->v[1][0] ||
	    sum->ncalls_out == HM_MAX_CALLS_OUT)
		return;
	sum->calls_out = xrealloc(sum->calls_out,
				  (sum->ncalls_out + 1) * sizeof(*sum->calls_out));
	out = &sum->calls_out[sum->ncalls_out++];
	memset(out, 0, sizeof(*out));
	out->callee = intern(strings, f->v[1]);
	out->via = intern(strings, f->v[2]);
	out->line = num(f, 3);
	if (f->n >= 5)
		parse_consts(f->v[4], out);
	if (f->n >= 6)
		parse_call_guard(f->v[5], out, strings);
	if (f->n >= 7)
		parse_call_own(f->v[6], out, strings);
	if (f->n >= 8)
		parse_params(f->v[7], out, strings);
	if (f->n == 9)
		parse_members(f->v[8], out, strings);
}

/*
 * The fields of a guard line, its trailing "&GROUP" and "==CONSTANT"
 * taken off.  A group out of range leaves the test alone: the summary
 * then says it may sleep more often, never less.
 */
static bool sleep_test_fields(struct fields *f, unsigned char *group,
			      struct sleep_test *equals)
{
	char *end;
	long n;

	*group = 0;
	if (f->n > 5 && f->v[f->n - 1][0] == '&') {
		n = strtol(f->v[f->n - 1] + 1, NULL, 10);
		*group = n > 0 && n <= 255 ? (unsigned char)n : 0;
		f->n--;
	}
	equals->equals = false;
	if (f->n > 5 && !strncmp(f->v[f->n - 1], "==", 2)) {
		equals->constant = strtoll(f->v[f->n - 1] + 2, &end, 10);
		if (*end || !equals->constant)
			return false;
		equals->equals = true;
		f->n--;
	}
	return (f->n == 5 || f->n == 6) && num(f, 1) >= 0;
}

static void read_sleep_test(const struct fields *f, struct sleep_test *test,
			    const struct sleep_test *equals,
			    unsigned char group, struct intern_table *strings)
{
	test->param = num(f, 1);
	test->value = num(f, 2);
	test->ones = strtoull(f->v[3], NULL, 10);
	test->zeros = strtoull(f->v[4], NULL, 10);
	test->suffix = f->n == 6 ? intern(strings, f->v[5]) : NULL;
	test->group = group;
	test->equals = equals->equals;
	test->constant = equals->equals ? equals->constant : 0;
}

/*
 * One more test a sleep may need; past the last one kept, any.  A guard
 * line not understood is a sleep that needs none.
 */
static void parse_sleep_test(struct fields *f, struct summary *sum,
			     struct intern_table *strings)
{
	struct sleep_test equals;
	unsigned char group;

	sum->sleep_guarded = true;
	if (!sleep_test_fields(f, &group, &equals) ||
	    sum->nsleep_tests == HM_SLEEP_TESTS) {
		sum->sleep_unguarded = true;
		return;
	}
	read_sleep_test(f, &sum->sleep_tests[sum->nsleep_tests++], &equals,
			group, strings);
}

/* The same for a sleep after leaving a caller's context. */
static void parse_left_test(struct fields *f, struct summary *sum,
			    struct intern_table *strings)
{
	struct sleep_tests *tests = &sum->left_guard;
	struct sleep_test equals;
	unsigned char group;

	tests->guarded = true;
	if (!sleep_test_fields(f, &group, &equals) ||
	    tests->n == HM_SLEEP_TESTS) {
		tests->unguarded = true;
		return;
	}
	read_sleep_test(f, &tests->any[tests->n++], &equals, group, strings);
}

/* "spin=2,irq=all": a damaged entry is left out (fewer levels left). */
static void parse_left_levels(char *list, struct summary *sum,
			      struct intern_table *strings)
{
	char *save = NULL, *item;

	sum->has_left_levels = true;
	for (item = strtok_r(list, ",", &save); item;
	     item = strtok_r(NULL, ",", &save)) {
		char *eq = strrchr(item, '=');
		struct context_level *l;

		if (!eq || eq == item || sum->nleft_levels == HM_MAX_CONTEXTS)
			continue;
		*eq++ = '\0';
		l = &sum->left_levels[sum->nleft_levels];
		l->alone = !strcmp(eq, "alone");
		l->all = l->alone || !strcmp(eq, "all");
		l->levels = l->all ? 0 : (int)strtol(eq, NULL, 10);
		if (!l->all && l->levels <= 0)
			continue;
		l->context = intern(strings, item);
		sum->nleft_levels++;
	}
}

static void parse_line(char *line, struct summary *sum,
		       struct intern_table *strings)
{
	struct fields f;
	const char *key;

	split(line, &f);
	key = f.v[0];
	if (!strcmp(key, "sleep"))
		sum->may_sleep = parse_chain(&f, 1, &sum->sleep_chain,
					     &sum->sleep_loc, strings);
	else if (!strcmp(key, "guard"))
		parse_sleep_test(&f, sum, strings);
	else if (!strcmp(key, "leftguard"))
		parse_left_test(&f, sum, strings);
	else if (!strcmp(key, "left") && f.n == 5 &&
		 parse_chain(&f, 2, &sum->left_sleep_chain,
			     &sum->left_sleep_loc, strings))
		sum->sleep_after_leaving = intern(strings, f.v[1]);
	else if (!strcmp(key, "leftlevels") && f.n == 2)
		parse_left_levels(f.v[1], sum, strings);
	else if (!strcmp(key, "leftfault"))
		sum->left_sleep_fault = true;
	else if (!strcmp(key, "unless") && f.n == 5 &&
		 parse_chain(&f, 2, &sum->unless_sleep_chain,
			     &sum->unless_sleep_loc, strings))
		sum->sleep_unless = intern(strings, f.v[1]);
	else if (!strcmp(key, "unmapsleep"))
		parse_chain(&f, 1, &sum->unmap_sleep_chain,
			    &sum->unmap_sleep_loc, strings);
	else if (!strcmp(key, "fault"))
		sum->may_fault = parse_chain(&f, 1, &sum->fault_chain,
					     &sum->fault_loc, strings);
	else if (!strcmp(key, "lastref"))
		parse_chain(&f, 1, &sum->last_ref_sleep_chain,
			    &sum->last_ref_sleep_loc, strings);
	else if (!strcmp(key, "returns") && f.n == 5) {
		sum->returns_family = (enum map_family)num(&f, 1);
		sum->returns_page_param = num(&f, 2);
		sum->returns_kmapped_page = num(&f, 3);
		sum->returns_pointer = num(&f, 4);
	} else if (!strcmp(key, "unmap"))
		parse_effect(&f, sum->unmaps, &sum->nunmaps, strings);
	else if (!strcmp(key, "cleared") && f.n == 3 && num(&f, 1) >= 0 &&
		 num(&f, 1) < sum->nunmaps)
		sum->unmaps[num(&f, 1)].clears_with = num(&f, 2);
	else if (!strcmp(key, "store"))
		parse_effect(&f, sum->stores, &sum->nstores, strings);
	else if (!strcmp(key, "release"))
		parse_effect(&f, sum->releases, &sum->nreleases, strings);
	else if (!strcmp(key, "context"))
		parse_context(&f, sum, strings);
	else if (!strcmp(key, "contextresult"))
		parse_context_result(&f, sum);
	else if (!strcmp(key, "contextswitch"))
		parse_context_switch(&f, sum);
	else if (!strcmp(key, "contextside"))
		parse_context_side(&f, sum);
	else if (!strcmp(key, "entryguard"))
		parse_entry_guard(&f, sum, strings);
	else if (!strcmp(key, "retmember"))
		parse_returned_member(&f, sum, strings);
	else if (!strcmp(key, "retnonzero") && f.n == 1)
		sum->returns_nonzero = SUMMARY_NONZERO_ONLY;
	else if (!strcmp(key, "handedresult") && f.n == 3) {
		sum->handed_results = num(&f, 1) & 3;
		sum->plain_results = num(&f, 2) & 3;
	} else if (!strcmp(key, "peak") && f.n == 4) {
		sum->peak_depth = num(&f, 1);
		sum->peak_loc = loc_at(&f, 2, strings);
	} else if (!strcmp(key, "paths") && f.n == 6) {
		sum->nreturns = num(&f, 1);
		sum->maps_conditionally = num(&f, 2);
		sum->effect_returns = num(&f, 3);
		sum->plain_returns = num(&f, 4);
		sum->complete = num(&f, 5);
	} else if (!strcmp(key, "call"))
		parse_call(&f, sum, strings);
}

static bool family_valid(enum map_family family)
{
	return family >= FAMILY_NONE && family <= FAMILY_PKMAP;
}

/* Values a damaged row could hold that the callers index or switch on. */
static bool sane(const struct summary *sum)
{
	int i;

	if (!family_valid(sum->returns_family) || sum->returns_page_param < -1)
		return false;
	for (i = 0; i < sum->nunmaps; i++)
		if (sum->unmaps[i].param < 0 || !family_valid(sum->unmaps[i].family))
			return false;
	for (i = 0; i < sum->nstores; i++)
		if (sum->stores[i].param < 0 || !family_valid(sum->stores[i].family))
			return false;
	for (i = 0; i < sum->nreleases; i++)
		if (sum->releases[i].param < 0)
			return false;
	return true;
}

struct summary *summary_from_text(const char *name, const char *text,
				  struct intern_table *strings)
{
	struct summary *sum = xcalloc(1, sizeof(*sum));
	char *copy = strdup(text ? text : ""), *line, *next;

	sum->name = intern(strings, name);
	sum->status = SUMMARY_DONE;
	sum->external = true;
	sum->returns_page_param = -1;
	for (line = copy; line && *line; line = next) {
		next = strchr(line, '\n');
		if (next)
			*next++ = '\0';
		parse_line(line, sum, strings);
	}
	free(copy);
	if (!sane(sum)) {
		summary_free(sum);
		return NULL;
	}
	return sum;
}

void summary_free(struct summary *sum)
{
	if (!sum)
		return;
	free(sum->sleep_chain);
	free(sum->fault_chain);
	free(sum->left_sleep_chain);
	free(sum->unmap_sleep_chain);
	free(sum->unless_sleep_chain);
	free(sum->last_ref_sleep_chain);
	free(sum->calls_out);
	free(sum);
}
