// SPDX-License-Identifier: GPL-2.0
/*
 * summary.c - what a run did, on stderr at the end: units checked, skipped
 * and failed (each failure named again, as the reports may have scrolled
 * away), findings by rule (every rule hmcheck knows, zeros too, so that runs
 * compare line by line), mapping call sites the prefilter saw, wall time.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "diag.h"
#include "hmcheck_tree.h"
#include "summary.h"

struct summary *summary_new(void)
{
	struct summary *s = calloc(1, sizeof(*s));
	const struct rule_info *rule;

	if (!s)
		abort();
	for (rule = hm_rules; rule->name; rule++)
		summary_rule(s, rule->name);
	return s;
}

void summary_free(struct summary *s)
{
	int i;

	for (i = 0; i < s->nrules; i++)
		free(s->rules[i].name);
	free(s->rules);
	free(s);
}

/* The counter of `name`, added (at zero) if it is new. */
struct rule_count *summary_rule(struct summary *s, const char *name)
{
	int i;

	for (i = 0; i < s->nrules; i++)
		if (!strcmp(s->rules[i].name, name))
			return &s->rules[i];
	s->rules = realloc(s->rules, (s->nrules + 1) * sizeof(*s->rules));
	if (!s->rules)
		abort();
	s->rules[s->nrules].name = strdup(name);
	s->rules[s->nrules].count = 0;
	if (!s->rules[s->nrules].name)
		abort();
	return &s->rules[s->nrules++];
}

void summary_add_finding(struct summary *s, const char *rule)
{
	summary_rule(s, rule)->count++;
	s->total++;
}

int summary_findings(const struct summary *s)
{
	return s->total;
}

void summary_tally(const struct unit_list *list, struct tally *t)
{
	const struct unit *unit;
	int i;

	memset(t, 0, sizeof(*t));
	for (i = 0; i < list->n; i++) {
		unit = &list->v[i];
		t->checked += unit->status == UNIT_CHECKED;
		t->skipped += unit->status == UNIT_SKIPPED;
		t->failed += unit->status == UNIT_FAILED;
		t->unbuilt += unit->status == UNIT_UNBUILT;
		t->with_clang_errors += unit->clang_errors > 0;
		t->map_calls += unit->map_calls;
	}
}

static void print_failures(const struct unit_list *list)
{
	int i;

	for (i = 0; i < list->n; i++)
		if (list->v[i].status == UNIT_FAILED)
			fprintf(stderr, "hmcheck-tree: %s: failed: %s\n", list->v[i].name,
				list->v[i].failure);
}

void summary_set_crossfile(struct summary *s, const struct crossfile_tally *t)
{
	s->crossfile = *t;
}

static void print_crossfile(const struct crossfile_tally *t)
{
	if (!t->rounds)
		return;
	fprintf(stderr, "hmcheck-tree: cross-file: %d round%s, %d unit%s re-checked, "
		"%d function%s learned to sleep through other files\n", t->rounds,
		t->rounds == 1 ? "" : "s", t->rechecked, t->rechecked == 1 ? "" : "s",
		t->learned, t->learned == 1 ? "" : "s");
	fprintf(stderr, "hmcheck-tree: cross-file: %d skipped unit%s checked: %s "
		"functions checked units need\n", t->added, t->added == 1 ? "" : "s",
		t->added == 1 ? "it defines" : "they define");
	if (t->changed)
		fprintf(stderr, "hmcheck-tree: cross-file: %d skipped unit%s checked: "
			"changed since the database saw %s\n", t->changed,
			t->changed == 1 ? "" : "s", t->changed == 1 ? "it" : "them");
}

void summary_print(const struct summary *s, const struct unit_list *list,
		   double wall, int jobs)
{
	struct tally t;
	int i;

	summary_tally(list, &t);
	fprintf(stderr, "hmcheck-tree: %d unit%s: %d checked, %d skipped (no mapping "
		"call), %d failed\n", list->n - t.unbuilt,
		list->n - t.unbuilt == 1 ? "" : "s", t.checked, t.skipped, t.failed);
	if (t.unbuilt)
		fprintf(stderr, "hmcheck-tree: %d unit%s not built by this configuration "
			"(--all-files checks them)\n", t.unbuilt, t.unbuilt == 1 ? "" : "s");
	print_failures(list);
	fprintf(stderr, "hmcheck-tree: %d mapping call sites seen\n", t.map_calls);
	fprintf(stderr, "hmcheck-tree: %d file%s with clang errors (partly parsed)\n",
		t.with_clang_errors, t.with_clang_errors == 1 ? "" : "s");
	fprintf(stderr, "hmcheck-tree: %d finding%s by rule:", s->total,
		s->total == 1 ? "" : "s");
	for (i = 0; i < s->nrules; i++)
		fprintf(stderr, " %s %d%s", s->rules[i].name, s->rules[i].count,
			i + 1 < s->nrules ? "," : "");
	fputc('\n', stderr);
	print_crossfile(&s->crossfile);
	fprintf(stderr, "hmcheck-tree: wall time %.1f s with -j%d\n", wall, jobs);
}
