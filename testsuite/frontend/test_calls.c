// SPDX-License-Identifier: GPL-2.0
/*
 * test_calls.c - calls: nesting into temps, macro names, noreturn, bodies,
 * dereferences and stores around them.
 */
#include <string.h>

#include "test_util.h"

static void nested_call(struct tu *tu)
{
	struct ir_function *fn = must_function(tu, "copy_to_page");
	const struct ir_instr *map = find_call(fn, "kmap_local_page", 0, NULL);
	const struct ir_instr *copy = find_call(fn, "memcpy", 0, NULL);

	CHECK(count_ops(fn, IR_CALL) == 2);
	CHECK(map && copy);
	if (!map || !copy)
		return;
	CHECK(map < copy);	/* same block, inner call first */
	CHECK(map->call.dest >= 0 && fn->vars[map->call.dest].kind == IR_VAR_TEMP);
	CHECK(map->call.result_used && !copy->call.result_used);
	CHECK(copy->call.nargs == 3 && copy->call.args[0].kind == IR_EXPR_VAR);
	CHECK(copy->call.args[0].var == map->call.dest);
	CHECK(strcmp(copy->call.args[0].text, "kmap_local_page(page)") == 0);
	CHECK(map->call.args[0].is_page && fn->vars[0].is_page);
	CHECK(map->loc.line == 14 && map->loc.col == 9);
}

static void macro_and_noreturn(struct tu *tu)
{
	struct ir_function *fn = must_function(tu, "use_addr");
	const struct ir_instr *unmap = find_call(fn, "__kunmap_local", 0, NULL);
	const struct ir_instr *map = find_call(fn, "kmap_local_page", 0, NULL);
	const struct ir_instr *panic = find_call(fn, "panic", 0, NULL);
	const struct ir_instr *helper = find_call(fn, "helper", 0, NULL);
	int addr = find_var(fn, "addr");

	CHECK(unmap && unmap->call.macro && strcmp(unmap->call.macro, "kunmap_local") == 0);
	CHECK(unmap && strcmp(unmap->call.args[0].text, "addr") == 0);
	CHECK(unmap && unmap->loc.line == 26 && unmap->loc.col == 2);
	CHECK(map && !map->call.macro && map->call.dest == addr);
	CHECK(panic && panic->call.noreturn);
	CHECK(count_terms(fn, IR_TERM_UNREACHABLE) == 1);
	CHECK(helper && helper->call.has_body && !map->call.has_body);
	CHECK(helper && helper->call.args[0].kind == IR_EXPR_MEMORY &&
	      helper->call.args[0].var == addr);
	/* !addr: a branch on addr, successors swapped (panic on false). */
	CHECK(find_branch(fn, "addr") && find_branch(fn, "addr")->cond.var == addr);
	CHECK(count_ops(fn, IR_DEREF) == 3);
	CHECK(count_ops(fn, IR_STORE) == 1);
}

static void deref_before_store(struct tu *tu)
{
	struct ir_function *fn = must_function(tu, "use_addr");
	int addr = find_var(fn, "addr");

	for (int b = 0; b < fn->nblocks; b++) {
		const struct ir_block *block = &fn->blocks[b];

		for (int i = 1; i < block->ninstrs; i++) {
			if (block->instrs[i].op != IR_STORE)
				continue;
			CHECK(block->instrs[i - 1].op == IR_DEREF);
			CHECK(block->instrs[i - 1].deref.var == addr);
			CHECK(block->instrs[i - 1].deref.write);
			CHECK(block->instrs[i].store.target.kind == IR_EXPR_MEMORY);
			CHECK(strcmp(block->instrs[i].store.target.text, "addr[3]") == 0);
		}
	}
}

/* GNU noreturn, C11 _Noreturn, __builtin_trap through BUG(), unreachable. */
static void noreturn_forms(void)
{
	struct tu *tu = parse_input("noreturn.c");
	struct ir_function *fn = must_function(tu, "f");
	static const char *const callees[] = {
		"die2", "die3", "__builtin_trap", "__builtin_unreachable", NULL
	};

	for (int i = 0; callees[i]; i++) {
		int block = -1;
		const struct ir_instr *call = find_call(fn, callees[i], 0, &block);

		CHECK(call && call->call.noreturn);
		CHECK(block >= 0 && fn->blocks[block].term.kind == IR_TERM_UNREACHABLE);
	}
	CHECK(count_terms(fn, IR_TERM_UNREACHABLE) == 4);
	CHECK(strcmp(find_call(fn, "__builtin_trap", 0, NULL)->call.macro, "BUG") == 0);
	CHECK(find_branch(fn, "CHECKER_TEST(a) == 3") != NULL);
	tu_free(tu);
}

/* Operands made inside nested macro bodies show the invocation. */
static void nested_macros(void)
{
	struct tu *tu = parse_input("nested_macros.c");
	struct ir_function *fn = must_function(tu, "f");
	const struct ir_instr *first = find_call(fn, "add", 0, NULL);
	const struct ir_instr *second = find_call(fn, "add", 1, NULL);

	CHECK(first && strcmp(first->call.macro, "outer") == 0);
	CHECK(first && strcmp(first->call.args[0].text, "outer()") == 0);
	CHECK(first && first->call.args[0].value == 1);
	CHECK(second && strcmp(second->call.macro, "middle") == 0);
	tu_free(tu);
}

/* A macro argument inside another macro's arguments keeps all its text. */
static void nested_macro_argument(void)
{
	struct tu *tu = parse_input("nested_macro_argument.c");
	struct ir_function *fn = must_function(tu, "g");
	const struct ir_instr *nested = find_call(fn, "native_pmd_val", 0, NULL);
	const struct ir_instr *alone = find_call(fn, "native_pmd_val", 1, NULL);

	CHECK(nested && strcmp(nested->call.args[0].text, "*pmd") == 0);
	CHECK(alone && strcmp(alone->call.args[0].text, "*pmd") == 0);
	tu_free(tu);
}

void test_calls(void)
{
	struct tu *tu = parse_input("basic.c");

	CHECK(tu_error_count(tu) == 0);
	CHECK(tu_nfunctions(tu) == 3);
	nested_call(tu);
	macro_and_noreturn(tu);
	deref_before_store(tu);
	tu_free(tu);
	noreturn_forms();
	nested_macros();
	nested_macro_argument();
}
