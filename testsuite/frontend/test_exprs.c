// SPDX-License-Identifier: GPL-2.0
/*
 * test_exprs.c - operands: address-taken variables and clobbers, memory
 * through pointers, pointer arithmetic, constants from macros, asm,
 * READ_ONCE/WRITE_ONCE, loops written through macros.
 */
#include <string.h>

#include "test_util.h"

static void addresses(struct tu *tu)
{
	struct ir_function *fn = must_function(tu, "addresses");
	int local = find_var(fn, "local"), copy = find_var(fn, "copy");
	int b = find_var(fn, "b");
	const struct ir_instr *fill = find_call(fn, "fill", 0, NULL);
	const struct ir_instr *take = find_call(fn, "take", 1, NULL);

	CHECK(fn->vars[local].address_taken && fn->vars[copy].address_taken);
	CHECK(fn->vars[copy].is_aggregate && !fn->vars[b].address_taken);
	CHECK(fill && fill->call.args[0].kind == IR_EXPR_ADDR_OF);
	CHECK(fill && fill[1].op == IR_CLOBBER && fill[1].clobber.var == local);
	CHECK(count_ops(fn, IR_CLOBBER) == 2);
	CHECK(count_ops(fn, IR_STORE) == 3);
	CHECK(take && take->call.args[0].kind == IR_EXPR_MEMORY &&
	      take->call.args[0].var == b && take->call.args[0].offset);
	CHECK(take && strcmp(take->call.args[0].text, "(u8 *)b->vaddr + 16") == 0);
	CHECK(fn->vars[find_var(fn, "global_count")].kind == IR_VAR_GLOBAL);
}

static void constants(struct tu *tu)
{
	struct ir_function *fn = must_function(tu, "allocate");
	const struct ir_instr *alloc = find_call(fn, "kmalloc", 0, NULL);

	CHECK(fn->returns_pointer);
	CHECK(alloc && alloc->call.nargs == 2);
	if (!alloc)
		return;
	CHECK(alloc->call.args[1].kind == IR_EXPR_CONST && alloc->call.args[1].has_value);
	CHECK(alloc->call.args[1].value == 0xcc0);
	CHECK(strcmp(alloc->call.args[1].text, "GFP_KERNEL") == 0);
	CHECK(alloc->call.args[0].value == 64);
}

static void arithmetic(struct tu *tu)
{
	struct ir_function *fn = must_function(tu, "arith");
	int p = find_var(fn, "p"), q = find_var(fn, "q");
	const struct ir_instr *first = &fn->blocks[0].instrs[0];

	CHECK(first->op == IR_ASSIGN && first->assign.dest == q);
	CHECK(first->assign.src.kind == IR_EXPR_VAR && first->assign.src.var == p &&
	      first->assign.src.offset);
	CHECK(first[1].assign.src.var == p && first[1].assign.src.offset);	/* &p[2] */
	CHECK(find_call(fn, "get", 0, NULL) && !find_call(fn, "get", 0, NULL)->call.result_used);
	CHECK(count_ops(fn, IR_DEREF) == 2);
}

static void inline_asm(struct tu *tu)
{
	struct ir_function *fn = must_function(tu, "asm_users");
	const struct ir_block *failed = find_label(fn, "failed");
	const struct ir_term *jump = find_branch(fn, "asm goto");

	CHECK(count_ops(fn, IR_CLOBBER) == 2);
	CHECK(failed && jump && jump->succ[0] == failed->id);
	CHECK(count_terms(fn, IR_TERM_RETURN) == 2);
}

static void once(struct tu *tu)
{
	struct ir_function *fn = must_function(tu, "once");
	int w = find_var(fn, "w");

	CHECK(!fn->vars[w].address_taken);	/* *(T *)&w is w itself */
	CHECK(count_ops(fn, IR_DEREF) == 1);
	CHECK(count_ops(fn, IR_ASSIGN) == 3);
	CHECK(count_terms(fn, IR_TERM_BRANCH) == 0);	/* do { } while (0) */
}

static void macro_loop(struct tu *tu)
{
	struct ir_function *fn = must_function(tu, "walk");
	int pos = find_var(fn, "pos");
	const struct ir_term *test = NULL;

	for (int b = 0; b < fn->nblocks; b++)
		if (fn->blocks[b].term.kind == IR_TERM_BRANCH &&
		    fn->blocks[b].term.cond.var == pos)
			test = &fn->blocks[b].term;
	CHECK(test != NULL);
	CHECK(test && reaches(fn, test->succ[0], test->succ[0]));
	CHECK(find_branch(fn, "total > 100") != NULL);
	CHECK(count_ops(fn, IR_DEREF) == 2);
	CHECK(!fn->truncated);
}

static const struct ir_instr *find_assign(const struct ir_function *fn,
					  const char *text)
{
	for (int b = 0; b < fn->nblocks; b++)
		for (int i = 0; i < fn->blocks[b].ninstrs; i++) {
			const struct ir_instr *in = &fn->blocks[b].instrs[i];

			if (in->op == IR_ASSIGN && strcmp(in->assign.src.text, text) == 0)
				return in;
		}
	return NULL;
}

static void check_compare(const struct ir_term *t, int var, int op, long long value)
{
	CHECK(t && t->cond.has_compare && t->cond.compare_var == var &&
	      t->cond.compare_op == op && t->cond.compare_value == value);
}

static void check_linear(const struct ir_instr *in, int var, long long addend)
{
	CHECK(in && in->assign.src.has_linear && in->assign.src.linear_var == var &&
	      in->assign.src.linear_addend == addend);
}

/* The integer facts counted loops are followed by. */
static void integer_facts(struct tu *tu)
{
	struct ir_function *fn = must_function(tu, "counted");
	int i = find_var(fn, "i"), j = find_var(fn, "j"), k = find_var(fn, "k");
	const struct ir_instr *p_moves = find_assign(fn, "p++");
	const struct ir_instr *cast = find_assign(fn, "(int)k + 1");

	check_compare(find_branch(fn, "i < NR"), i, IR_CMP_LT, 4);
	check_compare(find_branch(fn, "0 <= j"), j, IR_CMP_GE, 0);
	CHECK(find_branch(fn, "k != n") && !find_branch(fn, "k != n")->cond.has_compare);
	check_compare(find_branch(fn, "i-- > 0"), i, IR_CMP_GT, -1);	/* of the new i */
	check_compare(find_branch(fn, "++j < NR"), j, IR_CMP_LT, 4);
	check_linear(find_assign(fn, "i++"), i, 1);
	check_linear(find_assign(fn, "j -= 2"), j, -2);
	check_linear(find_assign(fn, "++k"), k, 1);
	check_linear(find_assign(fn, "i - 1"), i, -1);
	CHECK(find_assign(fn, "sum + 3") && !find_assign(fn, "sum + 3")->assign.src.has_compare);
	CHECK(find_assign(fn, "NR * 2 - 1") &&
	      find_assign(fn, "NR * 2 - 1")->assign.src.value == 7);
	CHECK(find_branch(fn, "j == i + 1") &&
	      !find_branch(fn, "j == i + 1")->cond.has_compare);
	CHECK(find_branch(fn, "(char)i > 2") &&
	      !find_branch(fn, "(char)i > 2")->cond.has_compare);
	CHECK(p_moves && !p_moves->assign.src.has_linear);	/* a pointer */
	CHECK(cast && !cast->assign.src.has_linear);
}

static void check_mask(const struct ir_expr *e, int var,
		       unsigned long long mask, bool zero)
{
	CHECK(e && e->has_mask && e->mask_var == var && e->mask == mask &&
	      e->mask_zero == zero);
}

/* Bit tests of a flag word, as known_bits.c reads them. */
static void mask_facts(struct tu *tu)
{
	struct ir_function *fn = must_function(tu, "bit_tests");
	int v = find_var(fn, "v"), flags = find_var(fn, "flags");
	const struct ir_instr *r = find_assign(fn, "!!(v & ERR_MASK)");
	const struct ir_instr *z = find_assign(fn, "!(flags & 4)");
	const struct ir_term *t;

	check_mask(r ? &r->assign.src : NULL, v, 0x7ffULL << 52, false);
	check_mask(z ? &z->assign.src : NULL, flags, 4, true);
	/* `(flags & 8) == 0` branches on `flags & 8`, successors swapped. */
	t = find_branch(fn, "flags & 8");
	check_mask(t ? &t->cond : NULL, flags, 8, false);
	t = find_branch(fn, "0x10 & flags");
	check_mask(t ? &t->cond : NULL, flags, 0x10, false);
	t = find_branch(fn, "flags & 2");
	check_mask(t ? &t->cond : NULL, flags, 2, false);
	r = find_assign(fn, "r++");
	CHECK(r && !r->assign.src.has_mask);
}

static int count_branches(const struct ir_function *fn)
{
	return count_terms(fn, IR_TERM_BRANCH);
}

/* __builtin_constant_p() folds: 1 for a constant, 0 for a variable. */
static void constant_p(struct tu *tu)
{
	struct ir_function *fn = must_function(tu, "constant_p");
	const struct ir_instr *id = NULL, *four = NULL;

	for (int b = 0; b < fn->nblocks; b++)
		for (int i = 0; i < fn->blocks[b].ninstrs; i++) {
			const struct ir_instr *in = &fn->blocks[b].instrs[i];

			if (in->op != IR_ASSIGN)
				continue;
			if (in->assign.dest == find_var(fn, "id"))
				id = in;
			if (in->assign.dest == find_var(fn, "four"))
				four = in;
		}
	CHECK(id && id->assign.src.has_value && id->assign.src.value == 0);
	CHECK(four && four->assign.src.has_value && four->assign.src.value == 4);
	CHECK(count_ops(fn, IR_CALL) == 0);
	CHECK(count_branches(fn) == 0);	/* `four * 2` is no constant: `!0 || val` */
}

void test_exprs(void)
{
	struct tu *tu = parse_input("exprs.c");

	CHECK(tu_error_count(tu) == 0);
	addresses(tu);
	constants(tu);
	arithmetic(tu);
	inline_asm(tu);
	once(tu);
	macro_loop(tu);
	integer_facts(tu);
	mask_facts(tu);
	constant_p(tu);
	for (int i = 0; i < tu_nfunctions(tu); i++)
		CHECK(!tu_function_at(tu, i)->truncated);
	tu_free(tu);
}
