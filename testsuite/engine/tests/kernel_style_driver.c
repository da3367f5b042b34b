// SPDX-License-Identifier: GPL-2.0
/*
 * kernel_style_driver.c - runs kernel_style.c over all its inputs, as the
 * case runner does, and compares the (line, rule) pairs the engine
 * observed with the "expect: RULE[, RULE]" comments of the source.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <hmcase.h>
#include "check.h"

#define MAX_PAIRS	64

struct pair {
	int line;
	char rule[32];
};

static bool pair_known(const struct pair *pairs, int n, int line, const char *rule)
{
	int i;

	for (i = 0; i < n; i++)
		if (pairs[i].line == line && !strcmp(pairs[i].rule, rule))
			return true;
	return false;
}

static void pair_add(struct pair *pairs, int *n, int line, const char *rule)
{
	if (*n == MAX_PAIRS || pair_known(pairs, *n, line, rule))
		return;
	pairs[*n].line = line;
	snprintf(pairs[*n].rule, sizeof(pairs[*n].rule), "%s", rule);
	(*n)++;
}

/* The rules listed after "expect:" on one line, up to the comment's end. */
static void parse_expect(char *text, int line, struct pair *pairs, int *n)
{
	char *end = strstr(text, "*/"), *rule;

	if (end)
		*end = '\0';
	for (rule = strtok(text, ", \t\n"); rule; rule = strtok(NULL, ", \t\n"))
		pair_add(pairs, n, line, rule);
}

static int read_expectations(struct pair *pairs)
{
	FILE *file = fopen(KERNEL_STYLE_SOURCE, "r");
	char text[512], *mark;
	int line = 0, n = 0;

	if (!file) {
		perror(KERNEL_STYLE_SOURCE);
		exit(1);
	}
	while (fgets(text, sizeof(text), file)) {
		line++;
		mark = strstr(text, "/* expect: ");
		if (mark)
			parse_expect(mark + strlen("/* expect: "), line, pairs, &n);
	}
	fclose(file);
	return n;
}

static void run_once(void *arg)
{
	hmcase_run(arg);
}

/* Every combination of inputs, each on a fresh engine. */
static int run_all(struct pair *seen)
{
	int in[8] = { 0 }, n = 0, i;

	for (;;) {
		hm_engine_reset();
		hm_run_protected(run_once, in);
		hm_task_exit();
		for (i = 0; i < hm_violation_count(); i++) {
			const struct hm_violation *v = hm_violation(i);

			CHECK(v->file && strstr(v->file, "kernel_style.c"));
			pair_add(seen, &n, v->line, v->rule);
		}
		for (i = 0; i < hmcase_input_count && ++in[i] == hmcase_inputs[i]; i++)
			in[i] = 0;
		if (i == hmcase_input_count)
			return n;
	}
}

int main(void)
{
	struct pair expected[MAX_PAIRS], seen[MAX_PAIRS];
	int n_expected, n_seen, i;

	check_engine_start(NULL);
	n_expected = read_expectations(expected);
	n_seen = run_all(seen);
	CHECK(n_expected >= 6);
	for (i = 0; i < n_expected; i++)
		if (!pair_known(seen, n_seen, expected[i].line, expected[i].rule)) {
			fprintf(stderr, "kernel_style.c:%d: expected %s, not observed\n",
				expected[i].line, expected[i].rule);
			check_failures++;
		}
	for (i = 0; i < n_seen; i++)
		if (!pair_known(expected, n_expected, seen[i].line, seen[i].rule)) {
			fprintf(stderr, "kernel_style.c:%d: observed %s, not expected\n",
				seen[i].line, seen[i].rule);
			check_failures++;
		}
	hm_engine_fini();
	return check_report("kernel_style");
}
