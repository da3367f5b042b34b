// SPDX-License-Identifier: GPL-2.0
/*
 * test_util.c - helpers for the front end's tests.
 */
#include <stdlib.h>
#include <string.h>

#include "args.h"
#include "test_util.h"

int test_failures;
const char *input_dir;

struct tu *parse_input(const char *name)
{
	char path[4096], include[4096];
	char *argv[] = { "-I", include };
	struct clang_args args;
	struct tu *tu;

	snprintf(path, sizeof(path), "%s/%s", input_dir, name);
	snprintf(include, sizeof(include), "%s/include", input_dir);
	args_filter(2, argv, &args);
	tu = tu_parse(path, args.argc, (const char *const *)args.argv, NULL);
	clang_args_free(&args);
	if (!tu) {
		fprintf(stderr, "%s: could not be parsed\n", path);
		exit(1);
	}
	return tu;
}

struct ir_function *must_function(struct tu *tu, const char *name)
{
	struct ir_function *fn = tu_function(tu, name);

	if (!fn) {
		fprintf(stderr, "%s: no function %s()\n", tu_main_file(tu), name);
		exit(1);
	}
	check_well_formed(fn);
	return fn;
}

const struct ir_instr *find_call(const struct ir_function *fn, const char *callee,
				 int nth, int *block)
{
	for (int b = 0; b < fn->nblocks; b++) {
		for (int i = 0; i < fn->blocks[b].ninstrs; i++) {
			const struct ir_instr *in = &fn->blocks[b].instrs[i];

			if (in->op != IR_CALL || !in->call.callee ||
			    strcmp(in->call.callee, callee) != 0 || nth-- > 0)
				continue;
			if (block)
				*block = b;
			return in;
		}
	}
	return NULL;
}

int count_ops(const struct ir_function *fn, enum ir_op op)
{
	int n = 0;

	for (int b = 0; b < fn->nblocks; b++)
		for (int i = 0; i < fn->blocks[b].ninstrs; i++)
			n += fn->blocks[b].instrs[i].op == op;
	return n;
}

int count_terms(const struct ir_function *fn, enum ir_term_kind kind)
{
	int n = 0;

	for (int b = 0; b < fn->nblocks; b++)
		n += fn->blocks[b].term.kind == kind;
	return n;
}

const struct ir_block *find_label(const struct ir_function *fn, const char *label)
{
	for (int b = 0; b < fn->nblocks; b++)
		if (fn->blocks[b].label && strcmp(fn->blocks[b].label, label) == 0)
			return &fn->blocks[b];
	return NULL;
}

const struct ir_term *find_branch(const struct ir_function *fn, const char *text)
{
	for (int b = 0; b < fn->nblocks; b++) {
		const struct ir_term *t = &fn->blocks[b].term;

		if (t->kind == IR_TERM_BRANCH && strcmp(t->cond.text, text) == 0)
			return t;
	}
	return NULL;
}

int find_var(const struct ir_function *fn, const char *name)
{
	for (int i = 0; i < fn->nvars; i++)
		if (strcmp(fn->vars[i].name, name) == 0)
			return i;
	return -1;
}

static int successors(const struct ir_term *t)
{
	return t->kind == IR_TERM_BRANCH ? 2 : t->kind == IR_TERM_GOTO ? 1 : 0;
}

int reaches(const struct ir_function *fn, int from, int to)
{
	char *seen = calloc(fn->nblocks, 1);
	int *stack = malloc(fn->nblocks * sizeof(int));
	int top = 0, found = 0;

	stack[top++] = from;
	seen[from] = 1;
	while (top > 0 && !found) {
		const struct ir_term *t = &fn->blocks[stack[--top]].term;

		for (int s = 0; s < successors(t); s++) {
			found |= t->succ[s] == to;
			if (!seen[t->succ[s]]) {
				seen[t->succ[s]] = 1;
				stack[top++] = t->succ[s];
			}
		}
	}
	free(seen);
	free(stack);
	return found;
}

static void check_expr(const struct ir_function *fn, const struct ir_expr *e)
{
	CHECK(e->text != NULL);
	CHECK(e->kind == IR_EXPR_NONE || (e->text && e->text[0]));
	CHECK(e->var >= -1 && e->var < fn->nvars);
	CHECK(e->kind == IR_EXPR_NONE || e->kind == IR_EXPR_CONST ||
	      e->kind == IR_EXPR_OTHER || e->var >= 0 || e->kind == IR_EXPR_MEMORY);
	for (int i = 0; i < e->nreads; i++)
		CHECK(e->reads[i] >= 0 && e->reads[i] < fn->nvars);
}

static void check_instr(const struct ir_function *fn, const struct ir_instr *in)
{
	switch (in->op) {
	case IR_CALL:
		CHECK(in->call.dest >= -1 && in->call.dest < fn->nvars);
		for (int a = 0; a < in->call.nargs; a++)
			check_expr(fn, &in->call.args[a]);
		break;
	case IR_ASSIGN:
		CHECK(in->assign.dest >= 0 && in->assign.dest < fn->nvars);
		check_expr(fn, &in->assign.src);
		break;
	case IR_STORE:
		check_expr(fn, &in->store.target);
		check_expr(fn, &in->store.src);
		break;
	case IR_DEREF:
		CHECK(in->deref.var >= 0 && in->deref.var < fn->nvars);
		break;
	case IR_CLOBBER:
		CHECK(in->clobber.var >= 0 && in->clobber.var < fn->nvars);
		break;
	}
}

void check_well_formed(const struct ir_function *fn)
{
	CHECK(fn->nblocks > 0);
	CHECK(fn->nparams <= fn->nvars);
	for (int i = 0; i < fn->nparams; i++)
		CHECK(fn->vars[i].kind == IR_VAR_PARAM);
	for (int b = 0; b < fn->nblocks; b++) {
		const struct ir_block *block = &fn->blocks[b];

		CHECK(block->id == b);
		for (int i = 0; i < block->ninstrs; i++)
			check_instr(fn, &block->instrs[i]);
		for (int s = 0; s < successors(&block->term); s++)
			CHECK(block->term.succ[s] >= 0 && block->term.succ[s] < fn->nblocks);
		check_expr(fn, &block->term.cond);
		check_expr(fn, &block->term.value);
	}
}
