// SPDX-License-Identifier: GPL-2.0
/*
 * lower_switch_constant.c - a switch on a value clang evaluates jumps
 * straight to its one matching case.  The kernel's per-CPU operations
 * (__pcpu_size_call) and uaccess macros switch on sizeof(x): lowered as a
 * chain of comparisons, every size would be a path to walk and each
 * comparison of two constants a branch in the path notes.
 */
#include "cursor.h"
#include "lower.h"

/*
 * Not a bare variable, even a const one clang might fold: the lowering of
 * variables elsewhere treats them as values, and so does this.
 */
static bool switch_constant(CXCursor value, long long *constant)
{
	if (cursor_is_variable_ref(strip_casts(value)))
		return false;
	return cursor_constant(value, constant);
}

static bool type_is_unsigned(CXType type)
{
	enum CXTypeKind kind = clang_getCanonicalType(type).kind;

	return kind >= CXType_Bool && kind <= CXType_UInt128;
}

/* low <= value <= high, in the signedness of the switch value. */
static bool in_range(long long value, long long low, long long high, bool is_unsigned)
{
	if (is_unsigned)
		return (unsigned long long)low <= (unsigned long long)value &&
		       (unsigned long long)value <= (unsigned long long)high;
	return low <= value && value <= high;
}

/*
 * Whether case_stmt (a CaseStmt) matches value; false in *ok when a label
 * does not evaluate.  Clang has already converted each label to the type
 * of the switch value (an implicit cast when the types differ).
 */
static bool case_matches(CXCursor case_stmt, long long value, bool is_unsigned,
			 bool *ok)
{
	struct cursor_list children;
	long long low, high;
	bool matches = false;

	cursor_children(case_stmt, &children);
	if (children.n < 2 || !cursor_constant(children.items[0], &low))
		*ok = false;
	else if (children.n == 3 && !cursor_constant(children.items[1], &high))
		*ok = false;
	else
		matches = in_range(value, low, children.n == 3 ? high : low,
				   is_unsigned);
	cursor_list_free(&children);
	return matches;
}

/*
 * The block a switch on `value` enters: the matching case, else the
 * default, else `exit`; -1 when value or a case label is not a constant,
 * and the switch needs its comparisons.
 */
int constant_switch_target(const struct switch_context *context, CXCursor value,
			   int exit)
{
	bool is_unsigned = type_is_unsigned(clang_getCursorType(value));
	int fallback = exit, target = -1;
	long long constant;
	bool ok = true;

	if (!switch_constant(value, &constant))
		return -1;
	for (int i = 0; i < context->ncases && ok && target < 0; i++) {
		CXCursor stmt = context->cases[i].stmt;

		if (clang_getCursorKind(stmt) == CXCursor_DefaultStmt)
			fallback = context->cases[i].block;
		else if (case_matches(stmt, constant, is_unsigned, &ok))
			target = context->cases[i].block;
	}
	if (!ok)
		return -1;
	return target >= 0 ? target : fallback;
}
