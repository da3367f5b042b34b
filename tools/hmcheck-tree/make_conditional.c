// SPDX-License-Identifier: GPL-2.0
/*
 * make_conditional.c - a Makefile's ifdef/ifndef/ifeq/ifneq/else/endif.
 * A condition is decided on what make_expand() knows (.config, the file's
 * own variables); one that cannot be (it tests another file's variable, or
 * a function) takes neither branch: its flags are left out, not guessed.
 */
#include <stdlib.h>
#include <string.h>
#include "hmcheck_tree.h"
#include "kbuild_make.h"

bool make_conditionals_reading(const struct make_conditionals *r)
{
	return !r->too_deep && (r->depth == 0 || r->stack[r->depth - 1].active);
}

bool make_conditionals_doubtful(const struct make_conditionals *r)
{
	bool unknown = r->too_deep;
	int i;

	for (i = 0; i < r->depth; i++) {
		if (!r->stack[i].unknown && !r->stack[i].holds)
			return false;
		unknown |= r->stack[i].unknown;
	}
	return unknown;
}

/* Set by a line that may not run, or to what cannot be known: maybe empty. */
static bool doubtful_value(const char *value)
{
	return strchr(value, MAKE_DOUBT) || strchr(value, MAKE_UNKNOWN);
}

/* ifdef NAME: 1, 0, or -1 when NAME is not this file's or .config's, or
   its value may be empty. */
static int test_defined(const struct make_file *mf, char *arg)
{
	char *name = make_expand_known(mf, arg);
	const struct make_var *var;
	int ret = -1;

	if (name && !strncmp(name, "CONFIG_", 7))
		ret = kernel_config_value(mf->config, name, strlen(name))[0] != '\0';
	else if (name && (var = make_lookup(mf, name)))
		ret = doubtful_value(var->value) ? -1 : var->value[0] != '\0';
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
	p = make_trim(p + 1);
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
	x = make_expand_known(mf, a);
	y = make_expand_known(mf, b);
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

	if ((arg = make_after_word(line, "ifdef")))
		return test_defined(mf, arg);
	if ((arg = make_after_word(line, "ifndef")))
		return (ret = test_defined(mf, arg)) < 0 ? ret : !ret;
	if ((arg = make_after_word(line, "ifeq")))
		return test_equal(mf, arg);
	if ((arg = make_after_word(line, "ifneq")))
		return (ret = test_equal(mf, arg)) < 0 ? ret : !ret;
	return -2;
}

static void enter_branch(struct make_branch *b, int cond)
{
	b->unknown = cond < 0;
	b->active = b->outer && cond == 1;
	b->taken = cond == 1;
	b->holds = cond == 1;
}

bool make_conditional(struct make_conditionals *r, const struct make_file *mf,
		      char *line)
{
	struct make_branch *top = r->depth ? &r->stack[r->depth - 1] : NULL;
	char *rest;
	int cond;

	if (make_after_word(line, "endif")) {
		if (r->too_deep)
			r->too_deep--;
		else if (r->depth)
			r->depth--;
		return true;
	}
	if ((rest = make_after_word(line, "else"))) {
		if (!top || r->too_deep)
			return true;
		cond = *rest ? condition(mf, rest) : 1;
		if (top->unknown || top->taken || cond == -2)
			top->active = top->holds = false;
		else
			enter_branch(top, cond);
		return true;
	}
	cond = condition(mf, line);
	if (cond == -2)
		return false;
	if (r->depth == MAKE_MAX_NEST || r->too_deep) {
		r->too_deep++;
		return true;
	}
	top = &r->stack[r->depth++];
	top->outer = r->depth == 1 || r->stack[r->depth - 2].active;
	enter_branch(top, cond);
	return true;
}
