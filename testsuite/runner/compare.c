// SPDX-License-Identifier: GPL-2.0
/*
 * compare.c - expected against found, for one side.  Every difference is one
 * line in the compiler's format, so an editor can jump to it.
 */
#include <stdio.h>
#include "case_check.h"

static const char *where(const char *case_file, const struct finding *item)
{
	return item->file ? item->file : case_file;
}

static int report_missing(const char *case_file, const char *side,
			  const struct finding_list *expected,
			  const struct finding_list *found)
{
	int differences = 0;

	for (int i = 0; i < expected->count; i++) {
		const struct finding *item = &expected->items[i];

		if (findings_contains(found, item))
			continue;
		printf("%s:%u: MISSING on the %s side: %s (the case expects it, "
		       "%s did not report it)\n", where(case_file, item),
		       item->line, side, item->rule, side);
		differences++;
	}
	return differences;
}

static int report_unexpected(const char *case_file, const char *side,
			     const struct finding_list *expected,
			     const struct finding_list *found)
{
	int differences = 0;

	for (int i = 0; i < found->count; i++) {
		const struct finding *item = &found->items[i];

		if (findings_contains(expected, item))
			continue;
		/* The same report twice (two runs, two paths) is one. */
		if (i && findings_contains(&(struct finding_list){
				.count = i, .items = found->items }, item))
			continue;
		printf("%s:%u: UNEXPECTED on the %s side: %s%s%s\n",
		       where(case_file, item), item->line, side, item->rule,
		       item->detail ? ": " : " (no expectation on this line)",
		       item->detail ? item->detail : "");
		differences++;
	}
	return differences;
}

int compare_findings(const char *case_file, const char *side,
		     const struct finding_list *expected,
		     const struct finding_list *found)
{
	return report_missing(case_file, side, expected, found) +
	       report_unexpected(case_file, side, expected, found);
}
