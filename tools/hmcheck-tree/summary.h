/* SPDX-License-Identifier: GPL-2.0 */
/* summary.h - the counts behind the summary, shared by its two printers. */
#ifndef HMCHECK_TREE_SUMMARY_H
#define HMCHECK_TREE_SUMMARY_H

#include "hmcheck_tree.h"

struct unit_list;

struct rule_count {
	char *name;
	int count;
};

struct summary {
	int nrules;
	struct rule_count *rules;	/* hmcheck's rules in its order, then others */
	int total;
	struct crossfile_tally crossfile;	/* rounds 0: no --db */
};

/* Per-unit counts, added up. */
struct tally {
	int checked, skipped, failed;
	int unbuilt;		/* not counted among the units */
	int with_clang_errors;
	int map_calls;
};

struct rule_count *summary_rule(struct summary *s, const char *name);
void summary_tally(const struct unit_list *list, struct tally *t);

#endif
