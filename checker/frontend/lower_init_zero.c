// SPDX-License-Identifier: GPL-2.0
/*
 * lower_init_zero.c - the members a local structure's initializer list
 * gives known values:
 *
 *	struct fib6_config cfg = { .fc_table = table, .fc_flags = RTF_UP };
 *
 * leaves every member it does not name zero (C11 6.7.9p21), and a helper
 * handed &cfg that allocates only `if (cfg->fc_mx)` does not sleep here.
 * Each such member, and each named one given a constant, becomes a store
 * of that constant to `cfg.member`, after the stores store_initializer()
 * made of the other values (to the whole object), so that none of them
 * hides these.
 *
 * Only what is certain: a struct (not a union), its named members of
 * integer, enum or pointer type, and those of nested structures not
 * named at all, a few levels deep.  Anonymous members, arrays and unions
 * are left unknown, and so is everything when the list cannot be matched
 * to the members for sure (brace elision, a designator of an anonymous
 * member's field followed by positional values, libclang's odd views).
 */
#include <stdio.h>
#include <string.h>

#include "cursor.h"
#include "lower.h"

#define INIT_MAX_FIELDS	128	/* members of one structure looked at */
#define INIT_MAX_STORES	64	/* stores made for one declaration */
#define INIT_MAX_DEPTH	3	/* nested structures zeroed */

enum field_state { FIELD_ZERO, FIELD_CONST, FIELD_SET };

struct fields {
	int n;
	bool too_many;
	CXCursor decl[INIT_MAX_FIELDS];
	enum field_state state[INIT_MAX_FIELDS];
	long long value[INIT_MAX_FIELDS];
};

struct zero_stores {
	int var;
	int made;
};

static enum CXVisitorResult add_field(CXCursor field, CXClientData data)
{
	struct fields *f = data;

	if (f->n == INIT_MAX_FIELDS) {
		f->too_many = true;
		return CXVisit_Break;
	}
	f->state[f->n] = FIELD_ZERO;
	f->decl[f->n++] = field;
	return CXVisit_Continue;
}

/* The members of a struct type; false for anything else. */
static bool struct_fields(CXType type, struct fields *f)
{
	CXType canonical = clang_getCanonicalType(type);
	CXCursor decl = clang_getTypeDeclaration(canonical);

	f->n = 0;
	f->too_many = false;
	if (canonical.kind != CXType_Record ||
	    clang_getCursorKind(decl) != CXCursor_StructDecl)
		return false;
	clang_Type_visitFields(canonical, add_field, f);
	return !f->too_many;
}

static bool field_is_anonymous(CXCursor field)
{
	CXString name = clang_getCursorSpelling(field);
	bool anonymous = !*clang_getCString(name) ||
			 clang_Cursor_isAnonymousRecordDecl(
				clang_getTypeDeclaration(clang_getCursorType(field)));

	clang_disposeString(name);
	return anonymous;
}

static int field_named(const struct fields *f, CXCursor ref)
{
	CXCursor wanted = clang_getCursorReferenced(ref);

	for (int i = 0; i < f->n; i++)
		if (clang_equalCursors(f->decl[i], wanted))
			return i;
	return -1;
}

/*
 * `.m = v`, `.m.n = v`, `.m[i] = v`: the member the first designator
 * names and whether it is the only designator; false for a positional
 * value.  libclang may show a designator of an anonymous member's field
 * with the anonymous member first.  A reference to a member after the first non-designator child
 * is not a form this understands: *odd.
 */
static bool designated(CXCursor item, CXCursor *first, bool *only, bool *odd)
{
	struct cursor_list children;
	int lead = 0;

	*odd = false;
	if (clang_getCursorKind(item) != CXCursor_UnexposedExpr)
		return false;
	cursor_children(item, &children);
	while (lead < children.n &&
	       clang_getCursorKind(children.items[lead]) == CXCursor_MemberRef)
		lead++;
	for (int i = lead; i < children.n; i++)
		if (clang_getCursorKind(children.items[i]) == CXCursor_MemberRef)
			*odd = true;
	if (lead)
		*first = children.items[0];
	*only = lead == 1 && children.n == 2;
	cursor_list_free(&children);
	return lead > 0;
}

/* What the item's value says of field i: a constant, or something set. */
static void note_value(struct fields *f, int i, CXCursor value, bool only)
{
	CXCursor core = strip_implicit(value);

	f->state[i] = FIELD_SET;
	if (only && clang_getCursorKind(core) != CXCursor_InitListExpr &&
	    !cursor_has_side_effects(core) &&
	    cursor_constant(core, &f->value[i]))
		f->state[i] = FIELD_CONST;
}

/* A positional value for a member of aggregate type, not in braces. */
static bool elided_braces(const struct fields *f, int i, CXCursor item)
{
	CXType type = clang_getCursorType(f->decl[i]);

	return type_is_aggregate(type) &&
	       clang_getCursorKind(strip_implicit(item)) != CXCursor_InitListExpr;
}

/* Match the list's items to the members; false if not sure. */
static bool match_items(struct fields *f, CXCursor list)
{
	struct cursor_list children;
	bool ok = true, only, odd;
	CXCursor first;
	int pos = 0, i;

	cursor_children(list, &children);
	for (i = 0; i < children.n && ok; i++) {
		CXCursor item = children.items[i];

		if (designated(item, &first, &only, &odd)) {
			pos = field_named(f, first);
			if (pos >= 0)
				note_value(f, pos, initializer_value(item),
					   only);
			/* after `.m.n = v` or `.m[i] = v` the next is within m */
			pos = pos >= 0 && only ? pos + 1 : -1;
		} else if (pos < 0 || pos >= f->n || elided_braces(f, pos, item)) {
			ok = false;
		} else {
			note_value(f, pos++, item, true);
		}
		ok = ok && !odd;
	}
	cursor_list_free(&children);
	return ok;
}

static bool scalar_type(CXType type)
{
	CXType canonical = clang_getCanonicalType(type);

	return canonical.kind == CXType_Pointer ||
	       canonical.kind == CXType_Enum ||
	       (canonical.kind >= CXType_Bool &&
		canonical.kind <= CXType_Int128);
}

static void store_const(struct lower *lw, struct zero_stores *z,
			const char *text, CXType type, long long value)
{
	struct ir_instr *instr;

	if (z->made == INIT_MAX_STORES)
		return;
	z->made++;
	instr = emit(lw, IR_STORE, lw->vars[z->var].decl);
	instr->store.target = var_expr(lw, z->var);
	instr->store.target.kind = IR_EXPR_MEMORY;
	instr->store.target.is_pointer = 0;
	instr->store.target.is_page = 0;
	instr->store.target.text = arena_intern(&lw->tu->arena, text);
	instr->store.target.loc = lw->vars[z->var].decl;
	instr->store.target.is_number = !type_is_pointer(type);
	instr->store.target.is_pointer_target = type_is_pointer(type);
	instr->store.src = const_expr(value);
	instr->store.src.text = value ? "constant" : "0";
}

/* `prefix.name` for a member of the object `prefix` names. */
static void member_text(char *buf, size_t size, const char *prefix,
			CXCursor field)
{
	CXString name = clang_getCursorSpelling(field);

	snprintf(buf, size, "%s.%s", prefix, clang_getCString(name));
	clang_disposeString(name);
}

static void store_fields(struct lower *lw, struct zero_stores *z,
			 const char *prefix, const struct fields *f, int depth);

/* Every member of a nested structure no item named is zero. */
static void store_zero_struct(struct lower *lw, struct zero_stores *z,
			      const char *prefix, CXType type, int depth)
{
	struct fields inner;

	if (depth < INIT_MAX_DEPTH && struct_fields(type, &inner))
		store_fields(lw, z, prefix, &inner, depth + 1);
}

static void store_fields(struct lower *lw, struct zero_stores *z,
			 const char *prefix, const struct fields *f, int depth)
{
	char text[512];

	for (int i = 0; i < f->n && z->made < INIT_MAX_STORES; i++) {
		CXType type = clang_getCursorType(f->decl[i]);

		if (f->state[i] == FIELD_SET || field_is_anonymous(f->decl[i]))
			continue;
		member_text(text, sizeof(text), prefix, f->decl[i]);
		if (scalar_type(type))
			store_const(lw, z, text, type, f->state[i] == FIELD_CONST ?
				    f->value[i] : 0);
		else if (f->state[i] == FIELD_ZERO)
			store_zero_struct(lw, z, text, type, depth);
	}
}

void store_initializer_members(struct lower *lw, int var, CXCursor list)
{
	struct zero_stores z = { .var = var };
	struct fields f;

	if (struct_fields(clang_getCursorType(list), &f) &&
	    match_items(&f, list))
		store_fields(lw, &z, lw->vars[var].name, &f, 0);
}
