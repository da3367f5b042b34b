// SPDX-License-Identifier: GPL-2.0
/*
 * test_diag.c - unit tests of the reports (checker/report): the rule table,
 * the enabled set, duplicates, the sorted output in the compiler's format.
 * Usage: test_diag GROUP (one ctest test per group).
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "diag.h"

static int failures;

#define CHECK(cond) do {						\
	if (!(cond)) {							\
		fprintf(stderr, "%s:%d: check failed: %s\n",		\
			__FILE__, __LINE__, #cond);			\
		failures++;						\
	}								\
} while (0)

static struct ir_loc at(const char *file, unsigned line, unsigned col)
{
	struct ir_loc loc = { file, line, col };

	return loc;
}

/* Every rule has a summary and an explain text that names it. */
static void test_rules(void)
{
	static const char *const expected[] = {
		"order", "sleep-in-atomic", "leak", "unbalanced", "wrong-arg",
		"use-after-unmap", "escape", "depth", "unchecked-copy", "deprecated",
	};
	const struct rule_info *rule;
	size_t i, n = sizeof(expected) / sizeof(expected[0]);
	char heading[64];

	for (i = 0; i < n; i++) {
		rule = rule_find(expected[i]);
		CHECK(rule != NULL);
		if (!rule)
			continue;
		CHECK(rule == &hm_rules[i]);
		CHECK(rule->summary && strlen(rule->summary) > 10);
		CHECK(!strchr(rule->summary, '\n'));
		CHECK(rule->explain && strlen(rule->explain) > 200);
		snprintf(heading, sizeof(heading), "%s: ", rule->name);
		CHECK(!strncmp(rule->explain, heading, strlen(heading)));
		CHECK(rule->explain[strlen(rule->explain) - 1] == '\n');
		CHECK(strstr(rule->explain, "Wrong") || strstr(rule->explain, "Before"));
		CHECK(rule->default_on == (strcmp(rule->name, "deprecated") != 0));
	}
	CHECK(hm_rules[n].name == NULL);
	CHECK(rule_find("no-such-rule") == NULL);
	CHECK(rule_find(NULL) == NULL);
}

static void test_enabled(void)
{
	struct diag *d = diag_new();

	CHECK(diag_enabled(d, "order"));
	CHECK(!diag_enabled(d, "deprecated"));
	CHECK(!diag_enabled(d, "no-such-rule"));
	CHECK(diag_set_enabled(d, "deprecated", true) == 0);
	CHECK(diag_enabled(d, "deprecated"));
	CHECK(diag_set_enabled(d, "order", false) == 0);
	CHECK(!diag_enabled(d, "order"));
	CHECK(diag_set_enabled(d, "no-such-rule", true) == -1);
	CHECK(diag_begin(d, "order", at("a.c", 1, 1), "x") == NULL);
	diag_note(NULL, at("a.c", 1, 1), "ignored");
	diag_end(NULL);
	CHECK(diag_count(d) == 0);
	diag_free(d);
}

/* Reports come out sorted by file, line, column, duplicates dropped. */
static void test_output(void)
{
	static const char want[] =
		"a.c:3:1: warning: first in a.c [hmcheck-leak]\n"
		"a.c:3:1: note: the return that leaves it held\n"
		"a.c:9:2: warning: kunmap_local(d) releases d, not s [hmcheck-order]\n"
		"a.c:4:2: note: s was mapped here\n"
		"a.c:9:2: note: note without a line\n"
		"a.c:9:2: warning: same place, other rule [hmcheck-wrong-arg]\n"
		"a.c:10:1: warning: line 10 after line 9 [hmcheck-depth]\n"
		"b.c:1:5: warning: 7 mappings [hmcheck-leak]\n"
		"b.c:2: warning: no column [hmcheck-escape]\n";
	struct diag *d = diag_new();
	struct diag_report *r;
	char *out = NULL;
	size_t size = 0;
	FILE *f = open_memstream(&out, &size);

	CHECK(diag_flush(d, f) == 0);	/* nothing reported yet */
	diag_end(diag_begin(d, "leak", at("b.c", 1, 5), "%d mappings", 7));
	r = diag_begin(d, "order", at("a.c", 9, 2), "kunmap_local(%s) releases %s, not %s",
		       "d", "d", "s");
	diag_note(r, at("a.c", 4, 2), "%s was mapped here", "s");
	diag_note(r, at("a.c", 0, 0), "note without a line");
	diag_end(r);
	diag_end(diag_begin(d, "order", at("a.c", 9, 2), "duplicate, dropped"));
	diag_end(diag_begin(d, "wrong-arg", at("a.c", 9, 2), "same place, other rule"));
	diag_end(diag_begin(d, "depth", at("a.c", 10, 1), "line 10 after line 9"));
	diag_end(diag_begin(d, "escape", at("b.c", 2, 0), "no column"));
	r = diag_begin(d, "leak", at("a.c", 3, 1), "first in a.c");
	diag_note(r, at("a.c", 3, 1), "the return that leaves it held");
	diag_end(r);
	diag_end(diag_begin(d, "deprecated", at("a.c", 1, 1), "disabled by default"));
	CHECK(diag_count(d) == 6);
	CHECK(diag_flush(d, f) == 6);
	fclose(f);
	if (strcmp(out, want))
		fprintf(stderr, "got:\n%swant:\n%s", out, want);
	CHECK(!strcmp(out, want));
	free(out);
	/* a second flush prints nothing; the count is of the whole run */
	f = open_memstream(&out, &size);
	CHECK(diag_flush(d, f) == 0);
	fclose(f);
	CHECK(size == 0);
	free(out);
	CHECK(diag_count(d) == 6);
	diag_free(d);
}

/* Pending reports are freed with the diag; strings are copies. */
static void test_ownership(void)
{
	struct diag *d = diag_new();
	char *file = strdup("gone.c");
	struct diag_report *r = diag_begin(d, "leak", at(file, 1, 1), "kept");

	diag_note(r, at(file, 2, 1), "note");
	diag_end(r);
	free(file);		/* the unit's strings die before the flush */
	diag_free(d);
}

int main(int argc, char **argv)
{
	const char *group = argc > 1 ? argv[1] : "";

	if (!strcmp(group, "rules"))
		test_rules();
	else if (!strcmp(group, "enabled"))
		test_enabled();
	else if (!strcmp(group, "output"))
		test_output();
	else if (!strcmp(group, "ownership"))
		test_ownership();
	else {
		fprintf(stderr, "usage: test_diag rules|enabled|output|ownership\n");
		return 2;
	}
	return failures ? 1 : 0;
}
