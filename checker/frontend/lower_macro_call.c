// SPDX-License-Identifier: GPL-2.0
/*
 * lower_macro_call.c - a modeled macro whose expansion makes no call.
 *
 * A macro's model entry is applied to the call its expansion makes (the
 * call's ir_call.macro names it).  Some configurations expand a modeled
 * macro to no call at all: without a preempt count, preempt_disable() is
 * barrier(), an asm, and put_cpu_var(x) is `do { (void)&(x); barrier(); }
 * while (0)`, while get_cpu_var(x) still calls a helper.  The entry of
 * such an invocation was never applied, and a balanced get/put pair left
 * preemption disabled.  An invocation of a function-like macro the
 * analysis has an entry for (frontend_options.modeled_macro) is followed,
 * when the code it expands to made no call attributed to it, by one call
 * of the macro's name at the invocation: what the kernel would have if the
 * macro were a function.  Where the expansion makes the call (x86's
 * preempt_disable() calls __preempt_count_add()), nothing is added.
 */
#include <ctype.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

#include "lower.h"
#include "source_text.h"

/*
 * The function-like macro invocation at `offset` of `file`: its name, when
 * an identifier followed by an opening parenthesis is written there.
 */
static const char *invocation_name(struct tu *tu, CXFile file, unsigned offset)
{
	size_t size = 0;
	const char *contents = tu_file_contents(tu, file, &size);
	const char *name = identifier_at(tu, file, offset);

	if (!name || isdigit((unsigned char)name[0]))
		return NULL;
	for (size_t i = offset + strlen(name); i < size && contents[i] != '('; i++)
		if (!isspace((unsigned char)contents[i]))
			return NULL;
	return name;
}

/*
 * The macro whose body made the token at `location` (not one of its
 * arguments): libclang places such a token at the invocation, which is the
 * expansion location too.  The same test call_macro() makes for a call.
 */
static const char *body_macro(struct tu *tu, CXSourceLocation location,
			      CXFile *where, unsigned *offset)
{
	CXFile file, expansion_file;
	unsigned at, expansion_at;

	clang_getFileLocation(location, &file, NULL, NULL, &at);
	clang_getExpansionLocation(location, &expansion_file, NULL, NULL,
				   &expansion_at);
	if (!file || !expansion_file || !clang_File_isEqual(file, expansion_file) ||
	    at != expansion_at)
		return NULL;
	*where = file;
	*offset = at;
	return invocation_name(tu, file, at);
}

static bool macro_done(const struct lower *lw, unsigned offset)
{
	for (const struct open_macro *m = lw->open_macros; m; m = m->outer)
		if (m->offset == offset)
			return true;
	for (int i = 0; i < lw->nmacros_done; i++)
		if (lw->macros_done[i] == offset)
			return true;
	return false;
}

static void remember_done(struct lower *lw, unsigned offset)
{
	if (lw->nmacros_done == lw->macros_done_capacity) {
		lw->macros_done_capacity = lw->macros_done_capacity ?
					   2 * lw->macros_done_capacity : 8;
		lw->macros_done = realloc(lw->macros_done, lw->macros_done_capacity *
					  sizeof(*lw->macros_done));
		if (!lw->macros_done) {
			fprintf(stderr, "hmcheck: out of memory (lowering)\n");
			exit(2);
		}
	}
	lw->macros_done[lw->nmacros_done++] = offset;
}

/*
 * Whether `cursor` starts (or ends) in the body of a modeled macro
 * invocation not yet lowered: then it is the code the invocation expands
 * to, and `m` is opened for it; macro_close() must follow its lowering.
 */
bool macro_open(struct lower *lw, CXCursor cursor, struct open_macro *m)
{
	const struct frontend_options *o = &lw->tu->opts;
	CXSourceRange extent;
	CXSourceLocation at;
	const char *name;
	CXFile file = NULL;
	unsigned offset = 0;

	if (!o->modeled_macro)
		return false;
	extent = clang_getCursorExtent(cursor);
	at = clang_getRangeStart(extent);
	/* Most code is no macro's: skip the location lookups for it. */
	name = tu_location_in_macro(at) ?
	       body_macro(lw->tu, at, &file, &offset) : NULL;
	if (!name) {
		at = clang_getRangeEnd(extent);
		name = tu_location_in_macro(at) ?
		       body_macro(lw->tu, at, &file, &offset) : NULL;
	}
	if (!name || macro_done(lw, offset) || !o->modeled_macro(o->modeled_data, name))
		return false;
	m->name = name;
	m->file = file;
	m->offset = offset;
	m->loc = source_loc(lw->tu, at);
	m->calls = 0;
	m->outer = lw->open_macros;
	lw->open_macros = m;
	return true;
}

/* One argument as written, blanks run together: the text of an operand. */
static struct ir_expr argument_text(struct lower *lw, const char *from,
				    const char *to, struct ir_loc loc)
{
	struct ir_expr e = no_expr();
	char *text = arena_alloc(&lw->tu->arena, to - from + 1);
	size_t n = 0;

	for (; from < to; from++) {
		if (!isspace((unsigned char)*from))
			text[n++] = *from;
		else if (n > 0 && !isspace((unsigned char)from[1]) && from + 1 < to)
			text[n++] = ' ';
	}
	text[n] = '\0';
	e.kind = IR_EXPR_OTHER;
	e.text = text;
	e.loc = loc;
	return e;
}

/* Past the string or character literal opened at `p`. */
static const char *past_literal(const char *p, const char *end)
{
	char quote = *p++;

	for (; p < end && *p != quote; p++)
		if (*p == '\\')
			p++;
	return p;
}

/*
 * The invocation's arguments as written, split at the commas outside
 * brackets: text only, since the expansion may not evaluate them at all.
 */
static void invocation_arguments(struct lower *lw, const struct open_macro *m,
				 struct ir_call *call)
{
	size_t size = 0;
	const char *contents = tu_file_contents(lw->tu, m->file, &size);
	const char *end = contents + size, *p, *from;
	int depth = 0, max = 8;

	call->nargs = 0;
	call->args = arena_alloc(&lw->tu->arena, max * sizeof(*call->args));
	if (!contents || !(p = memchr(contents + m->offset, '(', size - m->offset)))
		return;
	for (from = ++p; p < end && call->nargs < max; p++) {
		if (*p == '"' || *p == '\'') {
			p = past_literal(p, end);
			continue;
		}
		if (*p == '(' || *p == '[' || *p == '{') {
			depth++;
			continue;
		}
		if (depth > 0 && (*p == ')' || *p == ']' || *p == '}')) {
			depth--;
			continue;
		}
		if (depth > 0 || (*p != ',' && *p != ')'))
			continue;
		call->args[call->nargs] = argument_text(lw, from, p, m->loc);
		/* M() has no arguments, not one empty one. */
		if (*call->args[call->nargs].text || *p == ',' || call->nargs > 0)
			call->nargs++;
		if (*p == ')')
			return;
		from = p + 1;
	}
}

/* The call the macro stands for, when its expansion made none. */
void macro_close(struct lower *lw, struct open_macro *m)
{
	struct ir_instr *instr;

	lw->open_macros = m->outer;
	remember_done(lw, m->offset);
	if (m->calls > 0)
		return;
	instr = emit(lw, IR_CALL, m->loc);
	instr->call.callee = m->name;
	instr->call.macro = m->name;
	instr->call.dest = -1;
	invocation_arguments(lw, m, &instr->call);
}

/* A call lowered inside open invocations: theirs if it names them. */
void macro_call_seen(struct lower *lw, const struct ir_call *call)
{
	for (struct open_macro *m = lw->open_macros; m; m = m->outer)
		if ((call->macro && !strcmp(call->macro, m->name)) ||
		    (call->callee && !strcmp(call->callee, m->name)))
			m->calls++;
}
