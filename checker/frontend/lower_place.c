// SPDX-License-Identifier: GPL-2.0
/*
 * lower_place.c - lvalues: where a value is loaded from or stored to, and
 * the IR_DEREF each access through a pointer variable needs.
 */
#include "cursor.h"
#include "lower.h"
#include "operator.h"
#include "source_text.h"

static struct place place_of_var(struct lower *lw, int var)
{
	struct place place = { PLACE_VAR, var, 1, NULL };

	place.reads = arena_copy(&lw->tu->arena, &var, sizeof(var));
	return place;
}

/* The memory a pointer value points to. */
static struct place through(struct ir_expr pointer)
{
	struct place place = { PLACE_MEMORY, -1, pointer.nreads, pointer.reads };

	switch (pointer.kind) {
	case IR_EXPR_VAR:
		place.kind = PLACE_THROUGH_VAR;
		place.var = pointer.var;
		break;
	case IR_EXPR_ADDR_OF:
		place.kind = PLACE_PART;
		place.var = pointer.var;
		break;
	case IR_EXPR_MEMORY:
		place.var = pointer.var;
		break;
	default:
		break;
	}
	return place;
}

/* A field or element of `whole`: part of the same variable or memory. */
static struct place part_of(struct place whole)
{
	if (whole.kind == PLACE_VAR)
		whole.kind = PLACE_PART;
	return whole;
}

static struct place add_reads(struct lower *lw, struct place place, struct ir_expr extra)
{
	struct ir_expr held = { .nreads = place.nreads, .reads = place.reads };

	place.reads = merge_reads(lw, &held, &extra, &place.nreads);
	return place;
}

/* `arr` in arr[i] when arr is an array (the implicit decay around it). */
static bool decayed_array(CXCursor base, CXCursor *array)
{
	base = strip_parens(base);
	if (clang_getCursorKind(base) != CXCursor_UnexposedExpr)
		return false;
	*array = cursor_only_child(base);
	return !clang_Cursor_isNull(*array) && type_is_array(clang_getCursorType(*array));
}

static struct place member_place(struct lower *lw, CXCursor expr)
{
	CXCursor base = cursor_last_expression(expr);

	if (clang_Cursor_isNull(base))
		return (struct place){ PLACE_MEMORY, -1, 0, NULL };
	if (type_is_pointer(clang_getCursorType(base)))
		return through(lower_value(lw, base));
	return part_of(lower_place(lw, base));
}

static struct place subscript_place(struct lower *lw, CXCursor expr)
{
	struct cursor_list children;
	struct place place = { PLACE_MEMORY, -1, 0, NULL };
	CXCursor array;

	cursor_children(expr, &children);
	if (children.n == 2) {
		if (decayed_array(children.items[0], &array))
			place = part_of(lower_place(lw, array));
		else
			place = through(lower_value(lw, children.items[0]));
		place = add_reads(lw, place, lower_value(lw, children.items[1]));
	} else {
		cannot_lower(lw, expr, "an array subscript");
	}
	cursor_list_free(&children);
	return place;
}

static struct place deref_place(struct lower *lw, CXCursor expr)
{
	CXCursor pointer = cursor_only_child(expr);
	CXCursor inner = strip_casts(pointer);

	/* *(T *)&x, as READ_ONCE(x) writes it, is x itself. */
	if (unary_operator(inner) == UNOP_ADDR_OF)
		return lower_place(lw, cursor_only_child(inner));
	return through(lower_value(lw, pointer));
}

static struct place value_place(struct lower *lw, CXCursor expr)
{
	struct ir_expr e = lower_value(lw, expr);

	if (e.kind == IR_EXPR_VAR && !e.offset)
		return place_of_var(lw, e.var);
	return (struct place){ PLACE_MEMORY, e.var, e.nreads, e.reads };
}

struct place lower_place(struct lower *lw, CXCursor expr)
{
	CXCursor decl;

	expr = strip_implicit(expr);
	switch (clang_getCursorKind(expr)) {
	case CXCursor_DeclRefExpr:
		decl = clang_getCursorReferenced(expr);
		if (clang_getCursorKind(decl) == CXCursor_VarDecl ||
		    clang_getCursorKind(decl) == CXCursor_ParmDecl)
			return place_of_var(lw, var_for_decl(lw, decl));
		return (struct place){ PLACE_MEMORY, -1, 0, NULL };
	case CXCursor_MemberRefExpr:
		return member_place(lw, expr);
	case CXCursor_ArraySubscriptExpr:
		return subscript_place(lw, expr);
	case CXCursor_UnaryOperator:
		if (unary_operator(expr) == UNOP_DEREF)
			return deref_place(lw, expr);
		return value_place(lw, expr);
	default:
		return value_place(lw, expr);
	}
}

static void emit_deref(struct lower *lw, int var, bool write, CXCursor at)
{
	struct ir_instr *instr = emit(lw, IR_DEREF, cursor_start(lw->tu, at));

	instr->deref.var = var;
	instr->deref.write = write;
}

struct ir_expr load_place(struct lower *lw, const struct place *place, CXCursor expr)
{
	struct ir_expr e = no_expr();

	if (place->kind == PLACE_VAR)
		return var_expr(lw, place->var);
	if (place->kind == PLACE_THROUGH_VAR)
		emit_deref(lw, place->var, false, expr);
	e.kind = place->var >= 0 ? IR_EXPR_MEMORY : IR_EXPR_OTHER;
	e.var = place->var;
	e.nreads = place->nreads;
	e.reads = place->reads;
	return e;
}

struct ir_expr address_of_place(struct lower *lw, const struct place *place)
{
	struct ir_expr e = no_expr();

	e.kind = IR_EXPR_OTHER;
	e.nreads = place->nreads;
	e.reads = place->reads;
	switch (place->kind) {
	case PLACE_VAR:
	case PLACE_PART:
		e.kind = IR_EXPR_ADDR_OF;
		e.var = place->var;
		mark_address_taken(lw, place->var);
		break;
	case PLACE_THROUGH_VAR:
		e.kind = IR_EXPR_VAR;
		e.var = place->var;
		e.offset = 1;
		break;
	default:
		break;
	}
	return e;
}

/* Integer, enum, floating: no pointer is stored by it (ir.h is_number). */
static bool type_is_number(CXType type)
{
	CXType canonical = clang_getCanonicalType(type);

	return (canonical.kind >= CXType_Bool &&
		canonical.kind <= CXType_LongDouble) ||
	       canonical.kind == CXType_Enum;
}

static void emit_store(struct lower *lw, const struct place *place, CXCursor target,
		       struct ir_expr src, struct ir_loc loc)
{
	struct ir_instr *instr;

	if (place->kind == PLACE_THROUGH_VAR)
		emit_deref(lw, place->var, true, target);
	instr = emit(lw, IR_STORE, loc);
	instr->store.target = no_expr();
	instr->store.target.kind = IR_EXPR_MEMORY;
	instr->store.target.var = place->var;
	instr->store.target.nreads = place->nreads;
	instr->store.target.reads = place->reads;
	instr->store.target.text = cursor_text(lw->tu, target);
	instr->store.target.loc = cursor_start(lw->tu, target);
	instr->store.target.is_number = type_is_number(clang_getCursorType(target));
	instr->store.target.is_pointer_target =
		type_is_pointer(clang_getCursorType(target));
	instr->store.src = src;
}

static void emit_assign(struct lower *lw, int var, struct ir_expr src, struct ir_loc loc)
{
	struct ir_instr *instr = emit(lw, IR_ASSIGN, loc);

	instr->assign.dest = var;
	instr->assign.src = src;
}

void lower_into_var(struct lower *lw, int var, CXCursor value, struct ir_loc loc)
{
	CXCursor core = strip_casts(value);
	CXCursor unused;

	if (clang_getCursorKind(core) == CXCursor_CallExpr && !is_expect_call(core, &unused)) {
		lower_call(lw, core, var, true);
		return;
	}
	emit_assign(lw, var, lower_operand(lw, value), loc);
}

struct ir_expr lower_assignment(struct lower *lw, CXCursor expr)
{
	struct cursor_list children;
	struct ir_loc loc = cursor_start(lw->tu, expr);
	struct place place;
	struct ir_expr src;

	cursor_children(expr, &children);
	if (children.n != 2) {
		cursor_list_free(&children);
		cannot_lower(lw, expr, "an assignment");
		return no_expr();
	}
	place = lower_place(lw, children.items[0]);
	if (place.kind == PLACE_VAR) {
		lower_into_var(lw, place.var, children.items[1], loc);
		src = var_expr(lw, place.var);
	} else {
		src = lower_operand(lw, children.items[1]);
		emit_store(lw, &place, children.items[0], src, loc);
	}
	cursor_list_free(&children);
	return src;
}

static bool moves_pointer(CXCursor expr)
{
	enum binary_op op = binary_operator(expr);

	if (clang_getCursorKind(expr) == CXCursor_UnaryOperator)
		return true;	/* ++ and -- */
	return op == BINOP_ADD_ASSIGN || op == BINOP_SUB_ASSIGN;
}

/* x++, --x, x += n, p->f |= m: read, compute, write back. */
struct ir_expr lower_update(struct lower *lw, CXCursor expr, CXCursor target,
			    CXCursor amount)
{
	struct ir_loc loc = cursor_start(lw->tu, expr);
	struct place place = lower_place(lw, target);
	struct ir_expr old = { .nreads = place.nreads, .reads = place.reads };
	struct ir_expr by = lower_operand(lw, amount);
	struct ir_expr value = no_expr();

	value.kind = IR_EXPR_OTHER;
	value.reads = merge_reads(lw, &old, &by, &value.nreads);
	value.text = cursor_text(lw->tu, expr);
	value.loc = loc;
	if (place.kind == PLACE_VAR) {
		if (lw->vars[place.var].is_pointer && moves_pointer(expr)) {
			value.kind = IR_EXPR_VAR;
			value.var = place.var;
			value.offset = 1;
			value.is_pointer = 1;
		}
		integer_update_facts(lw, &value, expr, place.var, target, amount);
		emit_assign(lw, place.var, value, loc);
		return var_expr(lw, place.var);
	}
	emit_store(lw, &place, target, value, loc);
	return load_place(lw, &(struct place){ PLACE_MEMORY, place.var, place.nreads,
					       place.reads }, expr);
}
