/* SPDX-License-Identifier: GPL-2.0 */
/*
 * ir.h - the one intermediate form every analysis works on.
 *
 * The front end (frontend.c) turns each function body it gets from libclang
 * into a control-flow graph of basic blocks.  Expressions are already
 * linearized, like sparse's linearize.c: nested calls become calls into
 * temporaries, so `memcpy(kmap_local_page(p), s, n)` is two IR_CALLs.
 * Short circuits (&&, ||), `!`, `?:`, switch, loops, goto, statement
 * expressions and comma expressions are all lowered to plain blocks and
 * two-way branches.  Analyses never look at libclang cursors.
 *
 * Everything here is owned by the translation unit (struct tu) and lives
 * until tu_free(); analyses only read it.
 */
#ifndef HMCHECK_IR_H
#define HMCHECK_IR_H

#include <stdbool.h>

struct ir_loc {
	const char *file;	/* interned by the tu: compare pointers or strcmp */
	unsigned line;		/* 1-based; 0 means "no location" */
	unsigned col;		/* 1-based */
};

enum ir_var_kind {
	IR_VAR_PARAM,		/* parameters are vars 0 .. nparams-1, in order */
	IR_VAR_LOCAL,		/* automatic variable of the function */
	IR_VAR_STATIC,		/* function-scope static: outlives the call */
	IR_VAR_GLOBAL,		/* file-scope or extern variable */
	IR_VAR_TEMP,		/* made by the front end: the result of a call, ?: ... */
};

struct ir_var {
	const char *name;	/* as written; temps are named "tmp.N" */
	enum ir_var_kind kind;
	unsigned is_pointer:1;	/* pointer type (after typedefs) */
	unsigned is_page:1;	/* struct page * or struct folio * */
	unsigned is_aggregate:1; /* struct, union or array held in the frame */
	unsigned address_taken:1; /* &var appears somewhere in the function */
	struct ir_loc decl;
};

enum ir_expr_kind {
	IR_EXPR_NONE,		/* no expression (void return, missing operand) */
	IR_EXPR_VAR,		/* the value of `var`, possibly cast or offset */
	IR_EXPR_CONST,		/* integer, character or null-pointer constant */
	IR_EXPR_ADDR_OF,	/* &var, &var.field, &var[i], or an array var decaying */
	IR_EXPR_MEMORY,		/* a value loaded through memory: s->f, *p, p[i], s.f */
	IR_EXPR_OTHER,		/* anything else the front end computed */
};

/*
 * One operand.  `var` is the variable the value is derived from, so that an
 * analysis can follow a mapping's address through copies and arithmetic:
 *   addr          VAR  var=addr offset=0
 *   addr + off    VAR  var=addr offset=1   (also addr - x, &addr[i] of a
 *   (u8 *)addr    VAR  var=addr offset=0    pointer, casts of all of these)
 *   s->vaddr      MEMORY var=s             (text "s->vaddr")
 *   &local        ADDR_OF var=local
 *   GFP_KERNEL    CONST value=0xcc0 (if clang can evaluate it), text "GFP_KERNEL"
 */
struct ir_expr {
	enum ir_expr_kind kind;
	int var;		/* VAR, ADDR_OF, MEMORY: base variable; else -1 */
	unsigned offset:1;	/* VAR: pointer arithmetic on var, same object */
	unsigned is_pointer:1;	/* static type of the whole expression */
	unsigned is_page:1;	/* static type is struct page * / struct folio * */
	unsigned has_value:1;	/* CONST (or any constant-foldable expr): value valid */
	long long value;
	const char *text;	/* source spelling as written (macro names kept),
				   tokens joined by one space; never NULL */
	int nreads;		/* every variable whose value the expression reads, */
	int *reads;		/* including var; used to expire branch facts */
	struct ir_loc loc;
	/*
	 * Integer arithmetic the analysis can follow (counted loops).  Only
	 * for a plain integer variable (not a pointer) against a constant
	 * clang evaluates (macros, enums, sizeof, 4 * 4 included):
	 *   i < NR        has_compare, compare_var=i, compare_op=IR_CMP_LT,
	 *                 compare_value=NR's value; `NR > i` is turned around
	 *                 into the same.  Branch conditions are normalized
	 *                 (`!` swaps successors), so this is the test as is.
	 *   i++, ++i, i += 2, i - 1, i + 4
	 *                 has_linear, linear_var=i, linear_addend=1, 1, 2, -1, 4:
	 *                 the value is linear_var's value plus the addend
	 *                 (for i++ the new value, as IR_ASSIGN stores it).
	 * A constant is has_value; a plain copy is VAR without offset.
	 */
	unsigned has_compare:1;
	unsigned has_linear:1;
	int compare_op;		/* enum ir_compare_op */
	int compare_var;
	long long compare_value;
	int linear_var;
	long long linear_addend;
	/*
	 * A bit test of a plain integer variable (flags, a pfn's error bits):
	 *   x & M, !!(x & M)           has_mask, mask_var=x, mask=M
	 *   !(x & M), (x & M) == 0     the same with mask_zero: the
	 *                              expression is true when no bit of M is set
	 * `x & M` as a value is has_mask without mask_zero too.
	 */
	unsigned has_mask:1;
	unsigned mask_zero:1;
	unsigned mask_value:1;	/* `x & M` itself: its value is x's bits of M */
	int mask_var;
	unsigned long long mask;
	/*
	 * `(x & M) == C`, `(x & M) != C` of a plain integer variable, M of
	 * more than one bit and C a nonzero constant within M (of one bit,
	 * it is the bit test above): has_bits_equal, bits_var=x, bits_mask=M,
	 * bits_value=C, bits_differ for `!=` (the expression is true when
	 * x's bits of M are not C).
	 */
	unsigned has_bits_equal:1;
	unsigned bits_differ:1;
	int bits_var;
	unsigned long long bits_mask, bits_value;
	/*
	 * The same bit test of anything else (`p->flags & M`, `!(p->flags &
	 * M)`): has_text_mask, mask_text="p->flags" (as written), text_mask=M,
	 * text_mask_zero as mask_zero.  Tests of one text with no write in
	 * between test the same bits (memory facts expire on writes).
	 */
	unsigned has_text_mask:1;
	unsigned text_mask_zero:1;
	const char *mask_text;
	unsigned long long text_mask;
	/*
	 * `x | C`, `x |= C` of a plain integer variable: has_or, or_var=x,
	 * or_bits=C.  It sets no bit outside C (narrowed_param.c).
	 */
	unsigned has_or:1;
	int or_var;
	unsigned long long or_bits;
	/*
	 * `!x`, `!!x` of a plain variable (integer or pointer, not cast):
	 * the value is 0 or 1, x's truth (has_truth, truth_var=x), the
	 * other way round for `!x` (truth_not).  kvfree_call_rcu() passes
	 * `!head` as its helper's `can_alloc`.
	 */
	unsigned has_truth:1;
	unsigned truth_not:1;
	int truth_var;
	/*
	 * `&p->m`: C gives no such address for a NULL p, so the value is
	 * never NULL (kfree_rcu(p, rcu) passes `&p->rcu`).
	 */
	unsigned nonnull_address:1;
	/*
	 * `e | C` of anything and a constant: bits the value surely has
	 * (has_ones, ones=C), whatever e is (`FIELD_PREP(M, len) | NB`).
	 */
	unsigned has_ones:1;
	unsigned long long ones;
	/*
	 * A store's target of integer, enum or floating type: it cannot
	 * change a pointer held in other memory (deref_facts.c).
	 */
	unsigned is_number:1;
	/*
	 * A plain integer variable scaled by nonzero constants the front end
	 * evaluates: `HZ * x`, `x * 10 * HZ`, `x << 2`: has_scaled,
	 * scaled_var=x, scale=the factor (4 for `<< 2`).  Kernel integers
	 * here do not wrap, so the value is zero exactly when x is.  A
	 * factor 0 (`0 * x`) is the constant 0 instead (has_value).
	 */
	unsigned has_scaled:1;
	int scaled_var;
	long long scale;
	/*
	 * The expression is made of constants and numbers (integer, enum,
	 * floating) loaded from one member of a variable (`p->rev == 4`,
	 * `!(s.flags & M)`): it calls nothing, reads no variable's own
	 * value and loads no pointer on the way.  A store of a pointer
	 * through another variable does not change it (the kernel does not
	 * pun a pointer member as a number of another object).
	 */
	unsigned loads_numbers:1;
	/*
	 * A store's target of pointer type: it changes no number a member
	 * of another variable holds (deref_facts.c).
	 */
	unsigned is_pointer_target:1;
};

enum ir_compare_op {
	IR_CMP_LT, IR_CMP_LE, IR_CMP_GT, IR_CMP_GE, IR_CMP_EQ, IR_CMP_NE,
};

enum ir_op {
	IR_CALL,	/* [dest =] callee(args...) */
	IR_ASSIGN,	/* dest = src: a whole variable (local, param, global, temp) */
	IR_STORE,	/* target = src: memory (s->f, *p, p[i]) or a part of an
			   aggregate local (s.f, arr[i]) */
	IR_DEREF,	/* memory is read or written through the pointer held in
			   `var` (emitted just before the instruction doing it) */
	IR_CLOBBER,	/* var may change in a way the IR does not show: its
			   address escapes into a call, inline asm, ... */
};

struct ir_call {
	const char *callee;	/* function name; NULL when called through a pointer */
	const char *macro;	/* name of the function-like macro the call was written
				   through at the call site (e.g. "kunmap_local" for a
				   call to __kunmap_local), or NULL */
	int nargs;
	struct ir_expr *args;
	int dest;		/* temp or variable receiving the result, -1 if none */
	unsigned result_used:1;	/* result is assigned, tested, passed on, returned;
				   0 for an expression statement or a (void) cast */
	unsigned noreturn:1;	/* declared __attribute__((noreturn)) */
	unsigned has_body:1;	/* tu_function(tu, callee) will find a definition */
};

struct ir_instr {
	enum ir_op op;
	struct ir_loc loc;
	union {
		struct ir_call call;
		struct {
			int dest;
			struct ir_expr src;
		} assign;
		struct {
			struct ir_expr target;	/* kind MEMORY, or VAR/ADDR_OF of an
						   aggregate local */
			struct ir_expr src;
		} store;
		struct {
			int var;
			unsigned write:1;
		} deref;
		struct {
			int var;
			unsigned by_asm:1; /* an asm statement names var;
					      the clobbers of one asm
					      are emitted in a row */
			unsigned asm_input:1; /* ...only as the value of an
						 input operand: read, its
						 value unchanged */
		} clobber;
	};
};

enum ir_term_kind {
	IR_TERM_GOTO,		/* succ[0] */
	IR_TERM_BRANCH,		/* cond true -> succ[0], false -> succ[1] */
	IR_TERM_RETURN,		/* leaves the function; value may be IR_EXPR_NONE */
	IR_TERM_UNREACHABLE,	/* after a noreturn call (BUG(), panic()) */
};

/*
 * Branch conditions are normalized: `if (!x)` becomes a branch on `x` with
 * the successors swapped, && and || become chains of branches, a switch
 * becomes a chain of `x == CASE` branches (text "x == 3", or the case label
 * as written, e.g. "x == FOO").  Two conditions with equal `text` and no
 * intervening write to any var in `reads` take the same side.
 */
struct ir_term {
	enum ir_term_kind kind;
	struct ir_loc loc;
	int succ[2];
	struct ir_expr cond;	/* BRANCH */
	struct ir_expr value;	/* RETURN */
};

struct ir_block {
	int id;			/* index in ir_function.blocks */
	int ninstrs;
	struct ir_instr *instrs;
	struct ir_term term;
	const char *label;	/* C label starting this block, else NULL */
};

struct ir_function {
	const char *name;
	struct ir_loc loc;	/* of the name in the definition */
	unsigned is_static:1;
	unsigned is_inline:1;
	unsigned in_main_file:1; /* defined in the file being checked, not a header */
	unsigned returns_pointer:1;
	unsigned is_noreturn:1;
	unsigned truncated:1;	/* the front end could not lower something; the
				   graph is still well formed but partial */
	int nparams;		/* vars[0 .. nparams-1] */
	int nvars;
	struct ir_var *vars;
	int nblocks;
	struct ir_block *blocks; /* blocks[0] is the entry; every succ is valid */
	/*
	 * Sparse's context annotations on the definition: __releases(x),
	 * __acquires(x), __must_hold(x).  Without __CHECKER__ the macros
	 * expand to nothing, so the front end reads them from the tokens
	 * before the body.  The first one's argument, tokens joined
	 * ("fiq->lock"), or NULL; and how many of each were written.
	 */
	const char *releases;
	const char *acquires;
	const char *must_hold;
	int nreleases;
	int nacquires;
};

/* How many of term->succ[] are used: 1 for a goto, 2 for a branch, else 0. */
static inline int ir_term_nsuccs(const struct ir_term *term)
{
	switch (term->kind) {
	case IR_TERM_GOTO:
		return 1;
	case IR_TERM_BRANCH:
		return 2;
	default:
		return 0;
	}
}

/* Debug aid (hmcheck --dump-ir): the function in a readable text form. */
struct ir_function;
#include <stdio.h>
void ir_dump(FILE *out, const struct ir_function *fn);

#endif
