// SPDX-License-Identifier: GPL-2.0
/*
 * findings.c - read hmcheck's reports back out of its output, to count them
 * by rule.  A report is a line
 *   file:line:col: warning: message [hmcheck-RULE]
 * (its notes follow as "note:" lines and are not counted); clang's own
 * "error:" lines are counted apart: a file with them was only partly parsed.
 */
#include <string.h>
#include "hmcheck_tree.h"

#define RULE_TAG	" [hmcheck-"

/* The rule of a report line, copied into `rule`; false if it is not one. */
static bool report_rule(const char *line, size_t len, char *rule, size_t size)
{
	const char *tag = NULL, *p, *end = line + len;
	size_t n;

	if (len < 2 || line[len - 1] != ']' || !memmem(line, len, ": warning: ", 11))
		return false;
	for (p = line; (p = memmem(p, end - p, RULE_TAG, strlen(RULE_TAG))); p++)
		tag = p;
	if (!tag)
		return false;
	tag += strlen(RULE_TAG);
	n = end - 1 - tag;
	if (n == 0 || n >= size)
		return false;
	memcpy(rule, tag, n);
	rule[n] = '\0';
	return true;
}

static bool clang_error(const char *line, size_t len)
{
	return memmem(line, len, ": error: ", 9) || memmem(line, len, ": fatal error: ", 15);
}

void findings_count(struct unit *unit, const char *output, size_t len,
		    struct summary *summary)
{
	const char *line = output, *end = output + len, *newline;
	char rule[64];
	size_t n;

	while (line < end) {
		newline = memchr(line, '\n', end - line);
		n = (newline ? newline : end) - line;
		if (report_rule(line, n, rule, sizeof(rule))) {
			unit->findings++;
			summary_add_finding(summary, rule);
		} else if (clang_error(line, n)) {
			unit->clang_errors++;
		}
		line += n + 1;
	}
}
