// SPDX-License-Identifier: GPL-2.0
/*
 * page_form.c - a page named by an expression of parameters (page_form.h).
 *
 * x86's pfn_to_page() is arithmetic on the global vmemmap base: the page
 * of a number has no variable of its own, only its text.  The text with
 * the parameters replaced by their positions is what the callee can tell
 * its callers; each caller puts its arguments back in and compares texts,
 * as a kunmap() in the caller itself would.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "analysis/page_form.h"
#include "analysis/expr_reads.h"

struct form_buf {
	char *s;
	size_t len, cap;
};

static void buf_add(struct form_buf *b, const char *text, size_t n)
{
	if (b->len + n + 1 > b->cap) {
		b->cap = (b->len + n + 1) * 2;
		b->s = xrealloc(b->s, b->cap);
	}
	memcpy(b->s + b->len, text, n);
	b->len += n;
	b->s[b->len] = '\0';
}

static bool ident_start(char c)
{
	return isalpha((unsigned char)c) || c == '_';
}

static bool ident_char(char c)
{
	return isalnum((unsigned char)c) || c == '_';
}

/* A member name after `.` or `->` is no variable. */
static bool member_name(const char *text, const char *at)
{
	while (at > text && at[-1] == ' ')
		at--;
	return (at > text && at[-1] == '.') ||
	       (at > text + 1 && at[-1] == '>' && at[-2] == '-');
}

/* A parameter that names one value all along. */
static bool fixed_param(struct hm_walk *w, const struct path_state *s, int var)
{
	return var >= 0 && var < w->fn->nvars && var < s->nvars &&
	       w->fn->vars[var].kind == IR_VAR_PARAM &&
	       s->param_origin[var] == var && !s->param_suffix[var] &&
	       var_write_count(w->fn, var) == 0;
}

static bool global_var(struct hm_walk *w, int var)
{
	return var >= 0 && var < w->fn->nvars &&
	       w->fn->vars[var].kind == IR_VAR_GLOBAL;
}

/* Every variable read is a fixed parameter or a global. */
static bool reads_params_and_globals(struct hm_walk *w,
				     const struct path_state *s,
				     const struct ir_expr *e)
{
	int i;

	for (i = 0; i < e->nreads; i++)
		if (!fixed_param(w, s, e->reads[i]) && !global_var(w, e->reads[i]))
			return false;
	return true;
}

/* The text with each fixed parameter spelled $K; -1 in *param if none. */
static char *spell_params(struct hm_walk *w, const struct path_state *s,
			  const struct ir_expr *e, int *param)
{
	struct form_buf b = { 0 };
	const char *p = e->text, *start;
	char number[16];
	int var;

	*param = -1;
	buf_add(&b, "", 0);
	while (*p) {
		if (*p == '$') {
			free(b.s);
			return NULL;
		}
		if (!ident_start(*p) || (p > e->text && ident_char(p[-1]))) {
			buf_add(&b, p++, 1);
			continue;
		}
		for (start = p; ident_char(*p); p++)
			;
		var = member_name(e->text, start) ? -1 :
		      expr_read_named(w->fn, e, start, p - start);
		if (var < 0 || !fixed_param(w, s, var)) {
			buf_add(&b, start, p - start);
			continue;
		}
		snprintf(number, sizeof(number), "$%d", var);
		buf_add(&b, number, strlen(number));
		if (*param < 0)
			*param = var;
	}
	return b.s;
}

const char *page_form_of(struct hm_walk *w, const struct path_state *s,
			 const struct ir_expr *e, int *param)
{
	const char *form;
	char *text;

	*param = -1;
	if ((e->kind == IR_EXPR_VAR && !e->offset) || !e->is_page || !e->nreads ||
	    !reads_params_and_globals(w, s, e))
		return NULL;
	text = spell_params(w, s, e, param);
	if (!text)
		return NULL;
	form = *param >= 0 ? intern_compact(w->an->strings, text) : NULL;
	free(text);
	return form;
}

/* `$K` stands for a whole argument of a macro or call: no parentheses. */
static bool whole_argument(const char *form, const char *at, const char *end)
{
	return at > form && (at[-1] == '(' || at[-1] == ',') &&
	       (*end == ')' || *end == ',');
}

static bool simple_argument(const struct ir_expr *arg)
{
	return (arg->kind == IR_EXPR_VAR && !arg->offset) ||
	       (arg->kind == IR_EXPR_CONST && !strchr(arg->text, ' '));
}

static void add_argument(struct form_buf *b, const char *text, bool bare)
{
	if (!bare)
		buf_add(b, "(", 1);
	buf_add(b, text, strlen(text));
	if (!bare)
		buf_add(b, ")", 1);
}

/* The argument as it stands in the caller's own form, or false. */
static bool add_outer_argument(struct hm_walk *w, const struct path_state *s,
			       struct form_buf *b, const struct ir_expr *arg,
			       bool bare, int *param)
{
	char number[16];

	if (arg->kind == IR_EXPR_VAR && !arg->offset &&
	    fixed_param(w, s, arg->var)) {
		snprintf(number, sizeof(number), "$%d", arg->var);
		buf_add(b, number, strlen(number));
		if (*param < 0)
			*param = arg->var;
		return true;
	}
	if (!reads_params_and_globals(w, s, arg) || strchr(arg->text, '$'))
		return false;
	add_argument(b, arg->text, bare);
	return true;
}

static void set_target(struct hm_walk *w, struct unmap_target *t,
		       const char *text, const char *outer, int param)
{
	memset(t, 0, sizeof(*t));
	t->text = intern_compact(w->an->strings, text);
	t->var = -1;
	t->value = VALUE_UNKNOWN;
	t->param_origin = -1;
	t->is_page = true;
	if (outer && param >= 0) {
		t->page_form = intern_compact(w->an->strings, outer);
		t->form_param = param;
	}
}

bool page_form_target(struct hm_walk *w, const struct path_state *s,
		      const struct ir_instr *in, const char *form,
		      struct unmap_target *t)
{
	struct form_buf text = { 0 }, outer = { 0 };
	const char *p = form, *end;
	bool outer_ok = true, bare;
	int k, param = -1;

	buf_add(&text, "", 0);
	buf_add(&outer, "", 0);
	while (*p) {
		if (*p != '$') {
			buf_add(&text, p, 1);
			buf_add(&outer, p++, 1);
			continue;
		}
		k = (int)strtol(p + 1, (char **)&end, 10);
		if (end == p + 1 || k < 0 || k >= in->call.nargs) {
			free(text.s);
			free(outer.s);
			return false;
		}
		bare = simple_argument(&in->call.args[k]) ||
		       whole_argument(form, p, end);
		add_argument(&text, in->call.args[k].text, bare);
		outer_ok = outer_ok &&
			   add_outer_argument(w, s, &outer, &in->call.args[k],
					      bare, &param);
		p = end;
	}
	set_target(w, t, text.s, outer_ok ? outer.s : NULL, param);
	free(text.s);
	free(outer.s);
	return true;
}
