// SPDX-License-Identifier: GPL-2.0
/*
 * packed_address.c - drivers that cache a mapping across calls often keep
 * its address in an unsigned long whose low bits are flags (i915's
 * reloc_cache: `cache->vaddr = unmask_flags(cache->vaddr) | (unsigned
 * long)vaddr`).  Such a store keeps the mapping exactly as storing the
 * pointer would: whoever owns that memory unmaps it later.
 *
 * Only a bitwise or of the variable itself (cast or not) counts: `s->x =
 * addr[i] | 1` stores what the mapping holds, not where it is.
 */
#include <string.h>
#include "analysis/walk.h"
#include "analysis/packed_address.h"

/* `(unsigned long)(void *)name`, spaces removed: is it just `name`? */
static bool is_cast_of(const char *operand, size_t len, const char *name)
{
	while (len && operand[0] == '(') {
		size_t i = 1;

		while (i < len && operand[i] != ')' &&
		       (operand[i] == '_' || operand[i] == '*' ||
			(operand[i] >= 'a' && operand[i] <= 'z') ||
			(operand[i] >= 'A' && operand[i] <= 'Z') ||
			(operand[i] >= '0' && operand[i] <= '9')))
			i++;
		if (i >= len || operand[i] != ')')
			return false;
		operand += i + 1;
		len -= i + 1;
	}
	return len == strlen(name) && !strncmp(operand, name, len);
}

/* Is `name` one operand of the top-level `|` in `text`? */
static bool or_operand(const char *text, const char *name)
{
	const char *start = text, *p;
	int depth = 0;
	bool or_seen = false, found = false;

	for (p = text; ; p++) {
		if (*p == '(' || *p == '[')
			depth++;
		else if (*p == ')' || *p == ']')
			depth--;
		if (*p && (depth || *p != '|'))
			continue;
		if (*p == '|' && p[1] == '|')
			return false;	/* a logical or: a truth value */
		found |= is_cast_of(start, (size_t)(p - start), name);
		if (!*p)
			break;
		or_seen = true;
		start = p + 1;
	}
	return or_seen && found;
}

int packed_address_value(struct hm_walk *w, const struct path_state *s,
			 const struct ir_expr *e)
{
	const char *text;
	int i, var;

	if (e->kind != IR_EXPR_OTHER || e->is_pointer)
		return -1;
	text = intern_compact(w->an->strings, e->text);
	for (i = 0; i < e->nreads; i++) {
		var = e->reads[i];
		if (var < 0 || var >= s->nvars || s->values[var] < 0 ||
		    !s->records[s->values[var]].live)
			continue;
		if (or_operand(text, w->fn->vars[var].name))
			return s->values[var];
	}
	return -1;
}
