/* SPDX-License-Identifier: GPL-2.0 */
/*
 * lower.h - the state of lowering one function body to IR, shared by
 * lower_*.c: the blocks being built, the variables, the jump targets.
 */
#ifndef HMCHECK_FRONTEND_LOWER_H
#define HMCHECK_FRONTEND_LOWER_H

#include <clang-c/Index.h>

#include "ir.h"
#include "operator.h"
#include "tu_internal.h"

struct block_builder {
	int ninstrs, capacity;
	struct ir_instr *instrs;
	struct ir_term term;
	const char *label;
	bool terminated;
};

struct label_entry {
	const char *name;
	int block;
	bool defined;
	bool jumped_to;		/* by a C goto */
	/* where the label statement is (expansion offset), 0: not yet known */
	unsigned offset;
};

struct switch_case {
	CXCursor stmt;		/* the CaseStmt / DefaultStmt */
	int block;
};

struct switch_context {
	struct switch_case *cases;
	int ncases;
	int next;		/* the case lowered next, in the usual source order */
};

/* A variable declared with __attribute__((cleanup(function))). */
struct cleanup_entry {
	int var;
	const char *function;
	CXFile file;		/* its scope: from the declaration ... */
	unsigned start, end;	/* ... to the end of the block, file offsets */
};

struct lower {
	struct tu *tu;
	struct ir_function *fn;
	bool truncated;
	struct ir_loc end_loc;	/* the closing brace: where falling off returns */

	struct ir_var *vars;
	CXCursor *var_decls;	/* parallel to vars; null cursor for temps */
	int nvars, var_capacity;
	int ntemps;

	struct block_builder *blocks;
	int nblocks, block_capacity;
	int current;		/* block receiving instructions */

	int break_target;	/* -1: none */
	int continue_target;
	struct switch_context *switch_context;

	struct label_entry *labels;
	int nlabels, label_capacity;

	bool macro_statement;	/* the if or loop whose condition is being
				   lowered is a macro body's (lower_cond.c) */

	/* The cleanup variables in scope, innermost last (lower_cleanup.c). */
	struct cleanup_entry *cleanups;
	int ncleanups, cleanup_capacity;
	CXSourceRange scope;	/* the block being lowered */
	int break_cleanups;	/* ncleanups where break_target is */
	int continue_cleanups;	/* ncleanups where continue_target is */

	/* Modeled macro invocations being lowered, innermost first, and the
	   file offsets of those done (lower_macro_call.c). */
	struct open_macro *open_macros;
	unsigned *macros_done;
	int nmacros_done, macros_done_capacity;
};

/* lower_macro_call.c: an invocation of a macro with a model entry. */
struct open_macro {
	const char *name;
	CXFile file;
	unsigned offset;	/* of its name in the file */
	struct ir_loc loc;
	int calls;		/* calls attributed to it (ir_call.macro) */
	struct open_macro *outer;
};
bool macro_open(struct lower *lw, CXCursor cursor, struct open_macro *m);
void macro_close(struct lower *lw, struct open_macro *m);
void macro_call_seen(struct lower *lw, const struct ir_call *call);

/* lower_builder.c */
int new_block(struct lower *lw);
void start_block(struct lower *lw, int block);
struct ir_instr *emit(struct lower *lw, enum ir_op op, struct ir_loc loc);
void end_goto(struct lower *lw, int target, struct ir_loc loc);
void end_branch(struct lower *lw, struct ir_expr cond, int if_true, int if_false);
void end_return(struct lower *lw, struct ir_expr value, struct ir_loc loc);
void end_unreachable(struct lower *lw, struct ir_loc loc);
int label_block(struct lower *lw, const char *name);
/* lower_loads.c: ir.h loads_numbers of a member load and of an operator. */
void loads_of_member(struct ir_expr *e, CXCursor expr);
void loads_of_operands(struct ir_expr *e, const struct ir_expr *a,
		       const struct ir_expr *b);
/* The block of the label statement `label` (LabelStmt cursor). */
int label_stmt_block(struct lower *lw, CXCursor label);
void cannot_lower(struct lower *lw, CXCursor cursor, const char *what);
/* ... naming libclang's kind of the cursor: "expression (FooExpr)". */
void cannot_lower_kind(struct lower *lw, CXCursor cursor, const char *what);
void finish_function(struct lower *lw);

/* lower_vars.c */
int var_for_decl(struct lower *lw, CXCursor decl);
int declare_var(struct lower *lw, CXCursor decl, enum ir_var_kind kind);
int new_temp(struct lower *lw, CXType type);
void mark_address_taken(struct lower *lw, int var);

/* lower_expr.c */
struct ir_expr no_expr(void);
struct ir_expr var_expr(struct lower *lw, int var);
struct ir_expr const_expr(long long value);
int *merge_reads(struct lower *lw, const struct ir_expr *a, const struct ir_expr *b,
		 int *nreads);
struct ir_expr lower_value(struct lower *lw, CXCursor expr);
struct ir_expr lower_operand(struct lower *lw, CXCursor expr);
void lower_effect(struct lower *lw, CXCursor expr);

/* lower_place.c: memory and variables as assignment targets */
enum place_kind {
	PLACE_VAR,		/* the whole variable */
	PLACE_PART,		/* a field or element of an aggregate variable */
	PLACE_THROUGH_VAR,	/* memory reached through the pointer in `var` */
	PLACE_MEMORY,		/* other memory; var is the base or -1 */
};

struct place {
	enum place_kind kind;
	int var;
	int nreads;
	int *reads;
};

struct place lower_place(struct lower *lw, CXCursor expr);
struct ir_expr load_place(struct lower *lw, const struct place *place, CXCursor expr);
struct ir_expr address_of_place(struct lower *lw, const struct place *place);
struct ir_expr lower_assignment(struct lower *lw, CXCursor expr);
/* var = value, with a call's result going straight into var. */
void lower_into_var(struct lower *lw, int var, CXCursor value, struct ir_loc loc);

/*
 * lower_init_zero.c: stores of the constants a local structure's
 * initializer list `list` leaves in its members (those it does not name
 * are zero), after the stores of its other values.
 */
void store_initializer_members(struct lower *lw, int var, CXCursor list);
struct ir_expr lower_update(struct lower *lw, CXCursor expr, CXCursor target,
			    CXCursor amount);

/* lower_integer.c: the integer facts of ir.h (has_compare, has_linear) */
void integer_not_facts(struct ir_expr *e, const struct ir_expr *operand);
void truth_not_facts(struct ir_expr *e, const struct ir_expr *operand,
		     CXCursor cursor);
void integer_binary_facts(struct lower *lw, struct ir_expr *e, enum binary_op op,
			  const struct ir_expr *a, CXCursor left,
			  const struct ir_expr *b, CXCursor right);
void integer_update_facts(struct lower *lw, struct ir_expr *e, CXCursor expr,
			  int var, CXCursor target, CXCursor amount);

/* lower_call.c */
struct ir_expr lower_call(struct lower *lw, CXCursor call, int dest, bool used);
bool is_expect_call(CXCursor call, CXCursor *value);
bool function_is_noreturn(struct tu *tu, CXCursor decl);
/* lower_annotations.c: __releases(x) and the like, read from the tokens. */
void read_context_annotations(struct tu *tu, struct ir_function *fn,
			      CXCursor definition, CXCursor body);

/* lower_cond.c: conditions, short circuits, ?: */
void lower_cond(struct lower *lw, CXCursor expr, int if_true, int if_false);
/* The condition of statement `stmt` (an if or a loop). */
void lower_statement_cond(struct lower *lw, CXCursor stmt, CXCursor cond,
			  int if_true, int if_false);
struct ir_expr lower_logical_value(struct lower *lw, CXCursor expr);
struct ir_expr lower_conditional(struct lower *lw, CXCursor expr, bool used);
struct ir_expr lower_binary_conditional(struct lower *lw, CXCursor expr, bool used);

/* lower_cleanup.c: __attribute__((cleanup(fn))) variables */
void cleanup_variable_declared(struct lower *lw, CXCursor decl, int var);
/* fn(&var) for the variables above `depth`, latest first, if the path goes on. */
void run_cleanups(struct lower *lw, int depth, struct ir_loc loc);
CXSourceRange enter_scope(struct lower *lw, CXSourceRange scope);
/* Leave the scope entered at cleanup depth `depth`; `outer` from enter_scope(). */
void leave_scope(struct lower *lw, int depth, CXSourceRange scope, CXSourceRange outer);
void cleanups_before_goto(struct lower *lw, CXCursor label, struct ir_loc loc);

/* lower_stmt.c, lower_loop.c */
void lower_stmt(struct lower *lw, CXCursor stmt);
struct ir_expr lower_stmt_expr(struct lower *lw, CXCursor expr, bool used);
void lower_decl_stmt(struct lower *lw, CXCursor stmt);
void lower_while(struct lower *lw, CXCursor stmt);
void lower_do(struct lower *lw, CXCursor stmt);
void lower_for(struct lower *lw, CXCursor stmt);
void lower_switch(struct lower *lw, CXCursor stmt);
void lower_case(struct lower *lw, CXCursor stmt);
/* lower_switch_constant.c: a switch on sizeof() takes its one case. */
int constant_switch_target(const struct switch_context *context, CXCursor value,
			   int exit);

#endif
