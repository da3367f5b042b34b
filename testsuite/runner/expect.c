// SPDX-License-Identifier: GPL-2.0
/*
 * expect.c - read a case's expectations from its comments:
 *
 *   expect: RULE[, RULE...]
 *   expect-static: RULE[, RULE...] -- REASON
 *   expect-runtime: RULE[, RULE...] -- REASON
 *
 * A comment whose text starts with the word "expect" is a directive and must
 * be well formed: a typo must not turn into an expectation silently dropped.
 * The line of a directive is the line where its comment starts.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "case_check.h"

struct directive_kind {
	const char *keyword;
	bool engine, checker, needs_reason;
};

static const struct directive_kind directive_kinds[] = {
	{ "expect",		true,	true,	false },
	{ "expect-static",	false,	true,	true },
	{ "expect-runtime",	true,	false,	true },
};

static void comment_error(const char *path, unsigned line, const char *what)
{
	fprintf(stderr, "%s:%u: error: malformed expectation: %s\n",
		path, line, what);
}

static char *trim(char *text)
{
	char *end;

	while (isspace((unsigned char)*text))
		text++;
	end = text + strlen(text);
	while (end > text && isspace((unsigned char)end[-1]))
		*--end = '\0';
	return text;
}

static bool is_directive(const char *text)
{
	size_t n = strlen("expect");

	return !strncmp(text, "expect", n) &&
	       (text[n] == ':' || text[n] == '-' || isspace((unsigned char)text[n]) ||
		text[n] == '\0');
}

static const struct directive_kind *find_kind(const char *keyword)
{
	for (size_t i = 0; i < sizeof(directive_kinds) / sizeof(directive_kinds[0]); i++)
		if (!strcmp(directive_kinds[i].keyword, keyword))
			return &directive_kinds[i];
	return NULL;
}

/* Split off the "-- reason" part; returns the reason or NULL. */
static char *split_reason(char *rules)
{
	char *dashes = strstr(rules, "--");

	if (!dashes)
		return NULL;
	*dashes = '\0';
	return trim(dashes + 2);
}

static int add_rules(const char *path, unsigned line, char *rules,
		     const struct directive_kind *kind,
		     struct case_expectations *out)
{
	int errors = 0, count = 0;
	char *save = NULL;

	for (char *rule = strtok_r(rules, ",", &save); rule;
	     rule = strtok_r(NULL, ",", &save)) {
		char message[160];

		rule = trim(rule);
		if (!rule_name_known(rule)) {
			snprintf(message, sizeof(message),
				 "unknown rule '%s' in %s", rule, kind->keyword);
			comment_error(path, line, message);
			errors++;
			continue;
		}
		if (kind->engine)
			findings_add(&out->engine, rule, NULL, line, NULL);
		if (kind->checker)
			findings_add(&out->checker, rule, NULL, line, NULL);
		count++;
	}
	if (!count && !errors) {
		comment_error(path, line, "no rule named");
		errors++;
	}
	return errors;
}

static int parse_directive(const char *path, unsigned line, char *text,
			   struct case_expectations *out)
{
	const struct directive_kind *kind;
	char *colon = strchr(text, ':');
	char *reason, message[160];

	if (!colon) {
		comment_error(path, line, "missing ':' after the keyword");
		return 1;
	}
	*colon = '\0';
	kind = find_kind(trim(text));
	if (!kind) {
		snprintf(message, sizeof(message), "unknown keyword '%.60s' "
			 "(expect, expect-static, expect-runtime)", trim(text));
		comment_error(path, line, message);
		return 1;
	}
	reason = split_reason(colon + 1);
	if (kind->needs_reason && (!reason || !*reason)) {
		snprintf(message, sizeof(message),
			 "%s needs a reason: '%s: RULE -- why'",
			 kind->keyword, kind->keyword);
		comment_error(path, line, message);
		return 1;
	}
	if (!kind->needs_reason && reason) {
		comment_error(path, line, "expect takes no reason (both sides "
			      "must see it); use expect-static or expect-runtime");
		return 1;
	}
	return add_rules(path, line, colon + 1, kind, out);
}

/* Look at one comment's text (without its delimiters). */
static int parse_comment(const char *path, unsigned line, const char *start,
			 size_t length, struct case_expectations *out)
{
	char *text = strndup(start, length);
	char *body;
	int errors = 0;

	if (!text)
		abort();
	body = trim(text);
	if (is_directive(body))
		errors = parse_directive(path, line, body, out);
	free(text);
	return errors;
}

/*
 * A small C lexer: enough to find comments and skip string and character
 * literals: a comment opener inside a string is no comment.
 */
struct scanner {
	const char *path;
	const char *text;
	size_t pos;
	unsigned line;
};

static void skip_literal(struct scanner *s, char quote)
{
	s->pos++;
	while (s->text[s->pos] && s->text[s->pos] != quote &&
	       s->text[s->pos] != '\n') {
		if (s->text[s->pos] == '\\' && s->text[s->pos + 1])
			s->pos++;
		s->pos++;
	}
	if (s->text[s->pos] == quote)
		s->pos++;
}

static int scan_block_comment(struct scanner *s, struct case_expectations *out)
{
	unsigned start_line = s->line;
	size_t start = s->pos + 2;
	const char *end = strstr(s->text + start, "*/");
	size_t length;

	if (!end) {
		comment_error(s->path, start_line, "comment never closed");
		s->pos = strlen(s->text);
		return 1;
	}
	length = (size_t)(end - (s->text + start));
	for (size_t i = start; i < start + length; i++)
		if (s->text[i] == '\n')
			s->line++;
	s->pos = start + length + 2;
	return parse_comment(s->path, start_line, s->text + start, length, out);
}

static int scan_line_comment(struct scanner *s, struct case_expectations *out)
{
	size_t start = s->pos + 2;
	size_t length = strcspn(s->text + start, "\n");

	s->pos = start + length;
	return parse_comment(s->path, s->line, s->text + start, length, out);
}

int expect_parse_text(const char *path, const char *text,
		      struct case_expectations *out)
{
	struct scanner s = { .path = path, .text = text, .line = 1 };
	int errors = 0;

	while (text[s.pos]) {
		char c = text[s.pos];

		if (c == '/' && text[s.pos + 1] == '*') {
			errors += scan_block_comment(&s, out);
		} else if (c == '/' && text[s.pos + 1] == '/') {
			errors += scan_line_comment(&s, out);
		} else if (c == '"' || c == '\'') {
			skip_literal(&s, c);
		} else {
			if (c == '\n')
				s.line++;
			s.pos++;
		}
	}
	return errors;
}

static char *read_whole_file(const char *path)
{
	FILE *f = fopen(path, "r");
	char *text = NULL;
	size_t size = 0;

	if (!f)
		return NULL;
	if (getdelim(&text, &size, '\0', f) < 0) {
		free(text);
		text = strdup("");
	}
	fclose(f);
	return text;
}

int expect_parse_file(const char *path, struct case_expectations *out)
{
	char *text = read_whole_file(path);
	int errors;

	if (!text) {
		fprintf(stderr, "%s: error: cannot read the case file\n", path);
		return 1;
	}
	errors = expect_parse_text(path, text, out);
	free(text);
	return errors;
}

void expectations_free(struct case_expectations *expect)
{
	findings_free(&expect->engine);
	findings_free(&expect->checker);
}
