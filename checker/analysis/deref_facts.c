// SPDX-License-Identifier: GPL-2.0
/*
 * deref_facts.c - a pointer held in memory that the path dereferenced
 * (`dev->info[code].fuzz` read, `dev->info->count = 0` written) is not
 * NULL afterwards, as long as nothing writes that memory: a memory fact
 * `dev->info` true, which expires as the facts of branches do.  A helper
 * that allocates only when `dev->info` is NULL does not sleep when called
 * after it (member_guard.c).
 *
 * Only what is surely evaluated counts: an expression with `&&`, `||` or
 * `?:` may skip the access, sizeof() and typeof() evaluate nothing, and
 * `&dev->info[code]` only computes an address.  Only chains of members
 * rooted at a variable: `dev->info`, `dev->sub.info`, not what a cast or
 * a call returns, nor an indexed element.
 *
 * They take at most half of the path's room for facts: the tests of its
 * branches come first.
 *
 * The fact is of memory holding a pointer: a store of a number through
 * another variable (`*pold = *pval`) cannot change it.  And a local
 * pointer given the address of an object (`pold = &mt->slots[i].abs[k]`)
 * is not NULL either, nor a pointer variable the path dereferenced.
 */
#include <stdlib.h>
#include <string.h>
#include "analysis/walk.h"
#include "analysis/deref_facts.h"

static bool ident_char(char c)
{
	return c == '_' || (c >= '0' && c <= '9') ||
	       ((c | 32) >= 'a' && (c | 32) <= 'z');
}

/* Some part of the expression may not be evaluated, or is not at all. */
static bool maybe_skipped(const char *text)
{
	return strstr(text, "&&") || strstr(text, "||") || strchr(text, '?') ||
	       strstr(text, "sizeof") || strstr(text, "typeof") ||
	       strstr(text, "offsetof") || strstr(text, "__builtin");
}

/*
 * The start of the member chain `v->a.b` that ends at `end`, or -1 if
 * what ends there is not one (a call's result, a cast, an element).
 */
static long chain_start(const char *text, long end)
{
	long i = end;

	for (;;) {
		long name_end = i;

		while (i > 0 && ident_char(text[i - 1]))
			i--;
		if (i == name_end || (text[i] >= '0' && text[i] <= '9'))
			return -1;
		if (i >= 2 && text[i - 2] == '-' && text[i - 1] == '>')
			i -= 2;
		else if (i >= 1 && text[i - 1] == '.')
			i--;
		else
			return i;
	}
}

/* `&dev->info[code]`, `&(dev->info->count)`: only an address. */
static bool address_of(const char *text, long start)
{
	while (start > 0 && text[start - 1] == '(')
		start--;
	return start > 0 && text[start - 1] == '&';
}

/* The variable named at the start of `chain`, of `n` characters. */
static int chain_root(const struct hm_walk *w, const struct ir_expr *e,
		      const char *chain, size_t *n)
{
	int i, var;

	*n = 0;
	while (ident_char(chain[*n]))
		(*n)++;
	for (i = 0; i < e->nreads; i++) {
		var = e->reads[i];
		if (var >= 0 && var < w->fn->nvars &&
		    strlen(w->fn->vars[var].name) == *n &&
		    !strncmp(w->fn->vars[var].name, chain, *n))
			return i;
	}
	return -1;
}

/*
 * The path has a fact on `text` already.  One that it is NULL is wrong
 * past the dereference: a path that went on did not find it NULL.
 */
static bool has_fact(struct hm_walk *w, struct path_state *s,
		     const char *text)
{
	int i;

	for (i = 0; i < s->nfacts; i++)
		if (intern_compact(w->an->strings, s->facts[i].text) == text) {
			if (!s->facts[i].predicate)
				s->facts[i].value = true;
			return true;
		}
	return false;
}

/* `text[start, end)` was dereferenced: a memory fact that it is not NULL. */
static void note_deref(struct hm_walk *w, struct path_state *s,
		       const struct ir_expr *e, const char *text, long start,
		       long end)
{
	char *chain = strndup(text + start, (size_t)(end - start));
	const char *interned = intern(w->an->strings, chain);
	struct branch_fact *f;
	size_t n;
	int read = chain_root(w, e, chain, &n);

	free(chain);
	if (read < 0 || !interned[n] || has_fact(w, s, interned) ||
	    s->nfacts >= HM_MAX_FACTS / 2)
		return;
	f = state_put_fact(s, interned, true);
	if (!f)
		return;
	f->memory = true;
	f->pointer = true;
	f->nreads = 1;
	f->reads = &e->reads[read];
}

bool deref_fact_survives_store(const struct branch_fact *f,
			       const struct ir_expr *target)
{
	int i;

	if (!f->memory || f->predicate || target->kind != IR_EXPR_MEMORY ||
	    target->var < 0)
		return false;
	/* A number stored does not change a pointer, nor a pointer a number. */
	if (!(f->pointer && target->is_number) &&
	    !(f->numbers && target->is_pointer_target))
		return false;
	/* Rooted at the same variable: a union's other member, perhaps. */
	for (i = 0; i < f->nreads; i++)
		if (f->reads[i] == target->var)
			return false;
	return true;
}

/* The length of `[...]` at `text`, brackets balanced, or 0. */
static size_t index_length(const char *text)
{
	size_t n = 0;
	int depth = 0;

	do {
		if (!text[n])
			return 0;
		depth += text[n] == '[';
		depth -= text[n] == ']';
		n++;
	} while (depth);
	return n;
}

/*
 * `&v->a[i].b`: the address of an object reached through a pointer (not
 * `&p[0]`, which is p).
 */
static bool address_of_object(const char *text)
{
	bool through = false;
	size_t n;

	if (text[0] != '&' || !ident_char(text[1]))
		return false;
	for (text++; ident_char(*text); text++)
		;
	while (*text) {
		if (*text == '.' || !strncmp(text, "->", 2)) {
			through |= *text == '-';
			text += *text == '.' ? 1 : 2;
			if (!ident_char(*text))
				return false;
			while (ident_char(*text))
				text++;
		} else if (*text == '[' && (n = index_length(text))) {
			text += n;
		} else {
			return false;
		}
	}
	return through;
}

/* `pold = &mt->slots[i].abs[k]`: a local pointer that is not NULL. */
static void note_address(struct hm_walk *w, struct path_state *s,
			 const struct ir_instr *in)
{
	const struct ir_var *v;
	struct branch_fact *f;
	int dest = in->assign.dest;

	if (dest < 0 || dest >= w->fn->nvars || s->nfacts >= HM_MAX_FACTS / 2)
		return;
	v = &w->fn->vars[dest];
	if (v->kind != IR_VAR_LOCAL || !v->is_pointer || v->address_taken ||
	    in->assign.src.kind == IR_EXPR_CONST ||
	    !address_of_object(intern_compact(w->an->strings,
					      in->assign.src.text)) ||
	    has_fact(w, s, intern_compact(w->an->strings, v->name)))
		return;
	f = state_put_fact(s, v->name, true);
	if (!f)
		return;
	f->nreads = 1;
	f->reads = &in->assign.dest;
}

/*
 * `p->len = 0`, `n = p->len`: the pointer variable itself is not NULL
 * afterwards either, until it is written (IR_DEREF is where the access is
 * surely made: the front end lowers `p ? p->len : 0` and `&&` into
 * branches, and sizeof() makes none).
 */
void deref_facts_of_var(struct hm_walk *w, struct path_state *s,
			const struct ir_instr *in)
{
	const struct ir_var *v;
	struct branch_fact *f;
	int var = in->deref.var;

	if (var < 0 || var >= w->fn->nvars || var >= s->nvars ||
	    s->nfacts >= HM_MAX_FACTS / 2)
		return;
	v = &w->fn->vars[var];
	if ((v->kind != IR_VAR_LOCAL && v->kind != IR_VAR_PARAM) ||
	    !v->is_pointer || v->address_taken ||
	    has_fact(w, s, intern_compact(w->an->strings, v->name)))
		return;
	f = state_put_fact(s, v->name, true);
	if (!f)
		return;
	f->nreads = 1;
	f->reads = &in->deref.var;
}

void deref_facts_note(struct hm_walk *w, struct path_state *s,
		      const struct ir_expr *e)
{
	const char *text;
	long i, start;

	if (!e->text || !e->nreads)
		return;
	text = intern_compact(w->an->strings, e->text);
	if (maybe_skipped(text))
		return;
	for (i = 1; text[i]; i++) {
		if (text[i] != '[' && strncmp(text + i, "->", 2))
			continue;
		start = chain_start(text, i);
		if (start < 0 || address_of(text, start))
			continue;
		note_deref(w, s, e, text, start, i);
	}
}

void deref_facts_of_instr(struct hm_walk *w, struct path_state *s,
		       const struct ir_instr *in)
{
	int i;

	switch (in->op) {
	case IR_CALL:
		for (i = 0; i < in->call.nargs; i++)
			deref_facts_note(w, s, &in->call.args[i]);
		break;
	case IR_ASSIGN:
		deref_facts_note(w, s, &in->assign.src);
		note_address(w, s, in);
		break;
	case IR_STORE:
		deref_facts_note(w, s, &in->store.target);
		deref_facts_note(w, s, &in->store.src);
		break;
	default:
		break;
	}
}
