// SPDX-License-Identifier: GPL-2.0
/*
 * suppress.c - inline suppressions.  A comment
 *	/ * hmcheck-ignore RULE: reason * /   or   // hmcheck-ignore RULE: reason
 * on a report's line or on the line above it drops that report.  The reason
 * is required: a suppression is a claim someone must be able to check later,
 * so one without a reason is reported and suppresses nothing.
 */
#define _GNU_SOURCE
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include "diag_internal.h"
#include "input_file.h"

#define KEYWORD "hmcheck-ignore"

static void add_suppression(struct diag *d, const char *file, unsigned line,
			    const char *rule, size_t len)
{
	struct diag_suppression *s;

	d->suppressions = diag_must(realloc(d->suppressions,
			(d->nsuppressions + 1) * sizeof(*d->suppressions)));
	s = &d->suppressions[d->nsuppressions++];
	s->file = diag_must(strdup(file));
	s->rule = diag_must(strndup(rule, len));
	s->line = line;
	s->used = false;
}

/* The reason's length: up to the comment's end, without blanks. */
static size_t reason_length(const char *reason)
{
	const char *end = strstr(reason, "*/");
	size_t n = end ? (size_t)(end - reason) : strlen(reason);

	while (n && isspace((unsigned char)reason[n - 1]))
		n--;
	return n;
}

/* An unknown rule's name is quoted up to this many characters, then "...". */
#define QUOTED_RULE 64

/* No rule name is as long as QUOTED_RULE: a longer one is not looked up. */
static bool known_rule(const char *rule, size_t len)
{
	char name[QUOTED_RULE + 1];

	if (len > QUOTED_RULE)
		return false;
	memcpy(name, rule, len);
	name[len] = '\0';
	return rule_find(name) != NULL;
}

static void parse_line(struct diag *d, const char *file, unsigned line, const char *text)
{
	const char *at = strstr(text, KEYWORD), *rule, *p;
	const char *open = strstr(text, "/*"), *slash = strstr(text, "//");
	size_t len;

	if (!at || ((!open || open > at) && (!slash || slash > at)))
		return;		/* not in a comment: a string, or prose */
	for (rule = at + strlen(KEYWORD); *rule == ' ' || *rule == '\t'; rule++)
		;
	for (p = rule; islower((unsigned char)*p) || *p == '-'; p++)
		;
	len = p - rule;
	while (*p == ' ' || *p == '\t')
		p++;
	if (!len || *p != ':' || !reason_length(p + 1)) {
		fprintf(stderr, "%s:%u: warning: hmcheck-ignore needs a rule and a reason:"
			" /* hmcheck-ignore RULE: why it is safe */\n",
			display_name(d, file), line);
		return;
	}
	if (!known_rule(rule, len))
		fprintf(stderr, "%s:%u: warning: hmcheck-ignore names an unknown rule '%.*s%s'"
			" (see hmcheck --list-rules)\n", display_name(d, file), line,
			(int)(len > QUOTED_RULE ? QUOTED_RULE : len), rule,
			len > QUOTED_RULE ? "..." : "");
	add_suppression(d, file, line, rule, len);
}

void diag_scan_suppressions(struct diag *d, const char *file)
{
	char *text = NULL;
	size_t cap = 0;
	unsigned line = 0;
	FILE *f;

	if (strings_has(&d->scanned, file))
		return;
	strings_add(&d->scanned, file);
	f = input_file_fopen(file);	/* #line can name a FIFO */
	if (!f)
		return;		/* the report says where; nothing to suppress */
	while (getline(&text, &cap, f) > 0)
		parse_line(d, file, ++line, text);
	free(text);
	fclose(f);
}

bool suppressed(struct diag *d, const struct diag_report *r)
{
	struct diag_suppression *s;
	int i;

	if (!r->place.file || !r->place.line)
		return false;
	diag_scan_suppressions(d, r->place.file);
	for (i = 0; i < d->nsuppressions; i++) {
		s = &d->suppressions[i];
		if (strcmp(s->file, r->place.file) || strcmp(s->rule, hm_rules[r->rule].name))
			continue;
		if (s->line == r->place.line || s->line + 1 == r->place.line) {
			s->used = true;
			return true;
		}
	}
	return false;
}

void print_unused_suppressions(struct diag *d)
{
	const struct diag_suppression *s;
	int i;

	for (i = 0; i < d->nsuppressions; i++) {
		s = &d->suppressions[i];
		if (!s->used)
			fprintf(stderr, "%s:%u: note: unused suppression: hmcheck-ignore %s"
				" matched no report\n", display_name(d, s->file),
				s->line, s->rule);
	}
}
