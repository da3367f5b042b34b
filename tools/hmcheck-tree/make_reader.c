// SPDX-License-Identifier: GPL-2.0
/*
 * make_reader.c - read a kbuild Makefile's lines as make does, far enough
 * for its variables: backslash continuations, comments, define blocks and
 * recipes (skipped), include (not followed), conditionals, assignments.
 * A conditional that cannot be decided (it tests another file's variable,
 * or a function) takes neither branch: its flags are left out, not guessed.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "hmcheck_tree.h"
#include "kbuild_make.h"

#define MAX_NEST 32

struct branch {
	bool outer;		/* the enclosing lines are read */
	bool taken;		/* a branch of this conditional was read */
	bool unknown;		/* its condition could not be decided */
	bool active;		/* the current branch is read */
};

struct reader {
	struct make_file *mf;
	struct branch stack[MAX_NEST];
	int depth;
	int too_deep;		/* conditionals nested past MAX_NEST */
	bool in_define, in_rule;
};

static bool reading(const struct reader *r)
{
	return !r->too_deep && (r->depth == 0 || r->stack[r->depth - 1].active);
}

static char *trim(char *s)
{
	char *end = s + strlen(s);

	while (isspace((unsigned char)*s))
		s++;
	while (end > s && isspace((unsigned char)end[-1]))
		*--end = '\0';
	return s;
}

/* The word `word` begins `line`, followed by a blank or the end. */
static char *after_word(char *line, const char *word)
{
	size_t n = strlen(word);

	if (strncmp(line, word, n) || (line[n] && !isspace((unsigned char)line[n])))
		return NULL;
	return trim(line + n);
}

/* `text` expanded and trimmed; NULL (freed) when it holds the unknown. */
static char *expand_known(const struct make_file *mf, char *text)
{
	char *value = make_expand(mf, trim(text)), *t;

	if (strchr(value, MAKE_UNKNOWN)) {
		free(value);
		return NULL;
	}
	t = trim(value);
	memmove(value, t, strlen(t) + 1);
	return value;
}

/* ifdef NAME: 1, 0, or -1 when NAME is not this file's or .config's. */
static int test_defined(const struct make_file *mf, char *arg)
{
	char *name = expand_known(mf, arg);
	const struct make_var *var;
	int ret = -1;

	if (name && !strncmp(name, "CONFIG_", 7))
		ret = kernel_config_value(mf->config, name, strlen(name))[0] != '\0';
	else if (name && (var = make_lookup(mf, name)))
		ret = var->value[0] != '\0';
	free(name);
	return ret;
}

/* Split "(a,b)", "'a' 'b'" or "\"a\" \"b\"" in place; false if malformed. */
static bool split_pair(char *arg, char **a, char **b)
{
	char *p, quote;
	int nest = 0;

	if (arg[0] == '(') {
		for (p = arg + 1; *p; p++) {
			if (*p == '(')
				nest++;
			else if (*p == ')' && nest-- == 0)
				break;
			else if (*p == ',' && nest == 0 && !*b)
				*p = '\0', *b = p + 1;
		}
		if (!*p || !*b)
			return false;
		*p = '\0';
		*a = arg + 1;
		return true;
	}
	quote = arg[0];
	if (quote != '"' && quote != '\'')
		return false;
	*a = arg + 1;
	p = strchr(*a, quote);
	if (!p)
		return false;
	*p = '\0';
	p = trim(p + 1);
	quote = p[0];
	if ((quote != '"' && quote != '\'') || !strchr(p + 1, quote))
		return false;
	*b = p + 1;
	*strchr(*b, quote) = '\0';
	return true;
}

/* ifeq: 1, 0, or -1 when a side cannot be known. */
static int test_equal(const struct make_file *mf, char *arg)
{
	char *a = NULL, *b = NULL, *x, *y;
	int ret = -1;

	if (!split_pair(arg, &a, &b))
		return -1;
	x = expand_known(mf, a);
	y = expand_known(mf, b);
	if (x && y)
		ret = !strcmp(x, y);
	free(x);
	free(y);
	return ret;
}

/* The condition of an if-directive `line`; -2 when it is not one. */
static int condition(const struct make_file *mf, char *line)
{
	char *arg;
	int ret;

	if ((arg = after_word(line, "ifdef")))
		return test_defined(mf, arg);
	if ((arg = after_word(line, "ifndef")))
		return (ret = test_defined(mf, arg)) < 0 ? ret : !ret;
	if ((arg = after_word(line, "ifeq")))
		return test_equal(mf, arg);
	if ((arg = after_word(line, "ifneq")))
		return (ret = test_equal(mf, arg)) < 0 ? ret : !ret;
	return -2;
}

static void enter_branch(struct branch *b, int cond)
{
	b->unknown = cond < 0;
	b->active = b->outer && cond == 1;
	b->taken = cond == 1;
}

/* Conditionals: true when `line` was one. */
static bool directive(struct reader *r, char *line)
{
	struct branch *top = r->depth ? &r->stack[r->depth - 1] : NULL;
	char *rest;
	int cond;

	if (after_word(line, "endif")) {
		if (r->too_deep)
			r->too_deep--;
		else if (r->depth)
			r->depth--;
		return true;
	}
	if ((rest = after_word(line, "else"))) {
		if (!top || r->too_deep)
			return true;
		cond = *rest ? condition(r->mf, rest) : 1;
		if (top->unknown || top->taken || cond == -2)
			top->active = false;
		else
			enter_branch(top, cond);
		return true;
	}
	cond = condition(r->mf, line);
	if (cond == -2)
		return false;
	if (r->depth == MAX_NEST || r->too_deep) {
		r->too_deep++;
		return true;
	}
	top = &r->stack[r->depth++];
	top->outer = r->depth == 1 || r->stack[r->depth - 2].active;
	enter_branch(top, cond);
	return true;
}

/*
 * Where the assignment operator of `line` starts (its length in *len), or
 * NULL when `line` is no assignment; *rule when it is a rule instead.
 */
static char *assignment_operator(char *line, size_t *len, bool *rule)
{
	char *p;
	int nest = 0;

	for (p = line; *p; p++) {
		if (*p == '(' || *p == '{')
			nest++;
		else if ((*p == ')' || *p == '}') && nest)
			nest--;
		if (nest)
			continue;
		if (*p == '=') {
			if (p > line && strchr("+?!", p[-1]))
				return *len = 2, p - 1;
			return *len = 1, p;
		}
		if (*p == ':' && p[1] == '=')
			return *len = 2, p;
		if (*p == ':' && p[1] == ':' && p[2] == '=')
			return *len = 3, p;
		if (*p == ':') {
			*rule = true;
			return NULL;
		}
	}
	return NULL;
}

static void assignment(struct reader *r, char *line)
{
	char *op, *name, *value, *rest, saved[4] = { 0 };
	size_t len = 0;
	bool rule = false;

	if ((rest = after_word(line, "export")) || (rest = after_word(line, "override")))
		line = rest;
	op = assignment_operator(line, &len, &rule);
	r->in_rule = rule;
	if (!op)
		return;
	memcpy(saved, op, len);
	*op = '\0';
	name = expand_known(r->mf, line);
	value = trim(op + len);
	if (name && name[0] && !strpbrk(name, " \t"))
		make_assign(r->mf, name, saved, value);
	free(name);
}

static void read_line(struct reader *r, char *line)
{
	bool recipe = line[0] == '\t' && r->in_rule;

	line = trim(line);
	if (r->in_define) {
		r->in_define = !after_word(line, "endef");
		return;
	}
	if (!line[0] || recipe)
		return;
	if (after_word(line, "define")) {
		r->in_define = true;
		return;
	}
	if (directive(r, line) || !reading(r))
		return;
	if (!after_word(line, "include") && !after_word(line, "-include") &&
	    !after_word(line, "sinclude"))
		assignment(r, line);
}

/* Drop the comment of `line`, turning "\#" into '#'. */
static void strip_comment(char *line)
{
	char *in, *out;

	for (in = out = line; *in; in++) {
		if (in[0] == '\\' && in[1] == '#')
			in++;
		else if (*in == '#')
			break;
		*out++ = *in;
	}
	*out = '\0';
}

/*
 * The next logical line of `text` at *pos, malloc'ed: a backslash-newline
 * and the blanks around it become one space.  NULL at the end.
 */
static char *logical_line(const char *text, size_t *pos)
{
	const char *p = text + *pos, *end;
	char *line = NULL;
	size_t len = 0, n;

	if (!*p)
		return NULL;
	for (;;) {
		end = strchrnul(p, '\n');
		n = end - p;
		line = realloc(line, len + n + 2);
		if (!line)
			abort();
		memcpy(line + len, p, n);
		len += n;
		line[len] = '\0';
		p = *end ? end + 1 : end;
		if (!len || line[len - 1] != '\\' || !*end)
			break;
		line[--len] = '\0';
		while (len && isblank((unsigned char)line[len - 1]))
			len--;
		line[len++] = ' ';
		while (isblank((unsigned char)*p))
			p++;
	}
	*pos = p - text;
	return line;
}

static char *read_whole(const char *path)
{
	FILE *f = fopen(path, "r");
	char *text = NULL;
	size_t len = 0, n;
	char chunk[8192];

	if (!f)
		return NULL;
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0) {
		text = realloc(text, len + n + 1);
		if (!text)
			abort();
		memcpy(text + len, chunk, n);
		len += n;
	}
	fclose(f);
	if (!text)
		text = calloc(1, 1);
	if (!text)
		abort();
	text[len] = '\0';
	return text;
}

/* kbuild reads a directory's Kbuild file before its Makefile. */
static char *kbuild_file_text(const char *tree, const char *dir)
{
	static const char *const names[] = { "Kbuild", "Makefile", NULL };
	char *where = path_join(tree, dir), *path, *text = NULL;
	int i;

	for (i = 0; names[i] && !text; i++) {
		path = path_join(where, names[i]);
		text = read_whole(path);
		free(path);
	}
	free(where);
	return text;
}

bool make_read(struct make_file *mf, const char *tree, const char *dir)
{
	struct reader r = { .mf = mf };
	char *text = kbuild_file_text(tree, dir), *line;
	size_t pos = 0;

	if (!text)
		return false;
	/* Makefile.build sets these simple and empty before the file. */
	make_assign(mf, "ccflags-y", ":=", "");
	make_assign(mf, "subdir-ccflags-y", ":=", "");
	make_assign(mf, "EXTRA_CFLAGS", ":=", "");
	while ((line = logical_line(text, &pos))) {
		strip_comment(line);
		read_line(&r, line);
		free(line);
	}
	free(text);
	return true;
}
