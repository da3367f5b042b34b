// SPDX-License-Identifier: GPL-2.0
/*
 * make_expand.c - a kbuild Makefile's variables and the expansion of
 * $(...) references.  Known: $(srctree) and $(objtree) (".": hmcheck runs
 * at the tree root, in-tree), $(src) and $(obj) (the directory),
 * $(CONFIG_X) (.config; empty when not set), the file's own variables
 * and the text functions of make_functions.c ($(addprefix ...)).  Any
 * other function call ($(call ...), $(shell ...), a reference with a space
 * or a substitution in it), an automatic variable or another file's
 * variable expands to MAKE_UNKNOWN: what depends on it is left out, never
 * guessed.
 */
#include <stdlib.h>
#include <string.h>
#include "hmcheck_tree.h"
#include "kbuild_make.h"

/* Deeper than this, a variable refers to itself: unknown. */
#define MAX_DEPTH 16

struct buf {
	char *s;
	size_t len, cap;
};

static void buf_add(struct buf *b, const char *s, size_t n)
{
	if (b->len + n + 1 > b->cap) {
		b->cap = (b->len + n + 1) * 2;
		b->s = realloc(b->s, b->cap);
		if (!b->s)
			abort();
	}
	memcpy(b->s + b->len, s, n);
	b->len += n;
	b->s[b->len] = '\0';
}

static void buf_char(struct buf *b, char c)
{
	buf_add(b, &c, 1);
}

struct make_var *make_lookup(const struct make_file *mf, const char *name)
{
	int i;

	for (i = 0; i < mf->n; i++)
		if (!strcmp(mf->vars[i].name, name))
			return &mf->vars[i];
	return NULL;
}

static void expand_into(const struct make_file *mf, const char *text,
			size_t len, int depth, struct buf *out);

/*
 * kbuild's list idiom, `foo-$(CONFIG_X) += a.o` then `obj-y += $(foo-y)`:
 * with X off the file set `foo-` and never `foo-y`, which make expands to
 * nothing.  So `name` ending in -y or -m is empty when the file sets
 * another variable of its stem and no variable whose name it could not
 * tell.
 */
static bool unset_config_list(const struct make_file *mf, const char *name)
{
	size_t stem = strlen(name) - 1;
	bool sibling = false;
	int i;

	if (stem < 2 || name[stem - 1] != '-' ||
	    (name[stem] != 'y' && name[stem] != 'm') || mf->unknown_assignments)
		return false;
	for (i = 0; i < mf->n && !sibling; i++)
		sibling = !strncmp(mf->vars[i].name, name, stem);
	return sibling;
}

/* The value of the variable `name` (already expanded) into `out`. */
static void reference(const struct make_file *mf, const char *name, int depth,
		      struct buf *out)
{
	const struct make_var *var;

	if (!strcmp(name, "srctree") || !strcmp(name, "objtree"))
		buf_char(out, '.');
	else if (!strcmp(name, "src") || !strcmp(name, "obj"))
		buf_add(out, mf->dir, strlen(mf->dir));
	else if (!strncmp(name, "CONFIG_", 7) && !strchr(name, MAKE_UNKNOWN)) {
		name = kernel_config_value(mf->config, name, strlen(name));
		buf_add(out, name, strlen(name));
	} else if (!(var = make_lookup(mf, name)) && unset_config_list(mf, name)) {
		return;
	} else if (!var || depth >= MAX_DEPTH)
		buf_char(out, MAKE_UNKNOWN);
	else if (var->recursive)
		expand_into(mf, var->value, strlen(var->value), depth + 1, out);
	else
		buf_add(out, var->value, strlen(var->value));
}

/* Where the reference opened at `open` ("$(" or "${") ends, or NULL. */
static const char *reference_end(const char *open, const char *end)
{
	char left = open[1], right = left == '(' ? ')' : '}';
	const char *p;
	int nest = 0;

	for (p = open + 1; p < end; p++) {
		if (*p == left)
			nest++;
		else if (*p == right && --nest == 0)
			return p;
	}
	return NULL;
}

/* Where the argument starting at `p` ends: a comma outside parentheses. */
static const char *argument_end(const char *p, const char *end)
{
	int nest = 0;

	for (; p < end; p++) {
		if (*p == '(' || *p == '{')
			nest++;
		else if ((*p == ')' || *p == '}') && nest)
			nest--;
		else if (*p == ',' && !nest)
			break;
	}
	return p;
}

/*
 * `text` (`len` bytes, inside "$(" and ")") calls a function that
 * make_functions.c knows: expand its arguments (the last one takes the
 * rest, commas and all, as in make) and its value into `out`.  false when
 * it is no such call.
 */
static bool function_call(const struct make_file *mf, const char *text,
			  size_t len, int depth, struct buf *out)
{
	const char *end = text + len, *p = text, *stop;
	char *name, *args[MAKE_MAX_ARGS] = { NULL }, *value;
	int i, nargs;
	struct buf arg;

	while (p < end && *p != ' ' && *p != '\t')
		p++;
	if (p == end || !make_function_known(text, p - text, &nargs))
		return false;
	while (p < end && (*p == ' ' || *p == '\t'))
		p++;
	for (i = 0; i < nargs; i++) {
		stop = i + 1 < nargs ? argument_end(p, end) : end;
		arg = (struct buf){ 0 };
		buf_add(&arg, "", 0);
		expand_into(mf, p, stop - p, depth + 1, &arg);
		args[i] = arg.s;
		p = stop < end ? stop + 1 : end;
	}
	name = strndup(text, strcspn(text, " \t"));
	if (!name)
		abort();
	value = make_function(name, args);
	buf_add(out, value, strlen(value));
	free(value);
	free(name);
	for (i = 0; i < nargs; i++)
		free(args[i]);
	return true;
}

/* $(...) at `p`: expand it into `out`, return where the text goes on. */
static const char *expand_reference(const struct make_file *mf, const char *p,
				    const char *end, int depth, struct buf *out)
{
	const char *close = reference_end(p, end);
	struct buf name = { 0 };

	if (!close) {
		buf_char(out, MAKE_UNKNOWN);
		return end;
	}
	if (depth >= MAX_DEPTH) {
		buf_char(out, MAKE_UNKNOWN);
		return close + 1;
	}
	if (function_call(mf, p + 2, close - (p + 2), depth, out))
		return close + 1;
	expand_into(mf, p + 2, close - (p + 2), depth, &name);
	if (!name.s || strpbrk(name.s, " \t,:"))
		buf_char(out, MAKE_UNKNOWN);	/* a function, or nothing */
	else
		reference(mf, name.s, depth, out);
	free(name.s);
	return close + 1;
}

static void expand_into(const struct make_file *mf, const char *text,
			size_t len, int depth, struct buf *out)
{
	const char *p = text, *end = text + len, *dollar;

	while (p < end) {
		dollar = memchr(p, '$', end - p);
		if (!dollar) {
			buf_add(out, p, end - p);
			return;
		}
		buf_add(out, p, dollar - p);
		if (dollar + 1 >= end) {
			buf_char(out, '$');
			return;
		}
		if (dollar[1] == '$') {
			buf_char(out, '$');
			p = dollar + 2;
		} else if (dollar[1] == '(' || dollar[1] == '{') {
			p = expand_reference(mf, dollar, end, depth, out);
		} else {
			buf_char(out, MAKE_UNKNOWN);	/* $@, $<, $x */
			p = dollar + 2;
		}
	}
}

char *make_expand(const struct make_file *mf, const char *text)
{
	struct buf out = { 0 };

	buf_add(&out, "", 0);
	expand_into(mf, text, strlen(text), 0, &out);
	return out.s;
}

/*
 * `text` expanded and trimmed; NULL (freed) when it holds the unknown, or
 * a word that may be missing: a name, a path or a condition's operand
 * needs the whole value.
 */
char *make_expand_known(const struct make_file *mf, char *text)
{
	char *value = make_expand(mf, make_trim(text)), *t;

	if (strchr(value, MAKE_UNKNOWN) || strchr(value, MAKE_DOUBT)) {
		free(value);
		return NULL;
	}
	t = make_trim(value);
	memmove(value, t, strlen(t) + 1);
	return value;
}

char *make_value(const struct make_file *mf, const char *name)
{
	const struct make_var *var = make_lookup(mf, name);
	char *value;

	if (!var)
		value = strdup("");
	else if (var->recursive)
		value = make_expand(mf, var->value);
	else
		value = strdup(var->value);
	if (!value)
		abort();
	return value;
}

static struct make_var *new_var(struct make_file *mf, const char *name)
{
	struct make_var *var;

	if (mf->n == mf->cap) {
		mf->cap = mf->cap ? mf->cap * 2 : 32;
		mf->vars = realloc(mf->vars, mf->cap * sizeof(*mf->vars));
		if (!mf->vars)
			abort();
	}
	var = &mf->vars[mf->n++];
	var->name = strdup(name);
	var->value = NULL;
	if (!var->name)
		abort();
	return var;
}

static void append(struct make_var *var, char *more)
{
	size_t len = strlen(var->value);

	if (!more)
		abort();
	var->value = realloc(var->value, len + strlen(more) + 2);
	if (!var->value)
		abort();
	if (len && more[0])
		var->value[len++] = ' ';
	strcpy(var->value + len, more);
	free(more);
}

void make_assign(struct make_file *mf, const char *name, const char *op,
		 const char *value)
{
	struct make_var *var = make_lookup(mf, name);
	bool simple = !strcmp(op, ":=") || !strcmp(op, "::=");
	char *text;

	if (var && !strcmp(op, "?="))
		return;
	if (var && !strcmp(op, "+=")) {
		append(var, var->recursive ? strdup(value) : make_expand(mf, value));
		return;
	}
	if (!strcmp(op, "!="))
		text = strdup((char[]){ MAKE_UNKNOWN, '\0' });
	else
		text = simple ? make_expand(mf, value) : strdup(value);
	if (!text)
		abort();
	if (!var)
		var = new_var(mf, name);
	free(var->value);
	var->value = text;
	var->recursive = !simple && strcmp(op, "!=");
}

void make_file_free(struct make_file *mf)
{
	int i;

	for (i = 0; i < mf->n; i++) {
		free(mf->vars[i].name);
		free(mf->vars[i].value);
	}
	free(mf->vars);
	mf->vars = NULL;
	mf->n = mf->cap = 0;
}
