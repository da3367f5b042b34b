// SPDX-License-Identifier: GPL-2.0
/*
 * ir_dump.c - the IR as stable, readable text (hmcheck --dump-ir, and the
 * front end's tests).  One line per variable, instruction and terminator;
 * an operand is "KIND[+] [VAR] [VALUE] \"TEXT\"" (+: pointer arithmetic):
 *
 *   function copy_to_page main at basic.c:12:6
 *   var 0 page param pointer page
 *   block 0
 *   	14:9 call tmp.0 = kmap_local_page(var page "page") used
 *   	14:2 call memcpy(var tmp.0 "kmap_local_page(page)", ...)
 *   	24:2 deref write addr
 *   	22:7 branch var addr "addr" ? 2 : 1
 *   	30:14 branch other "i < NR" compare i < 16 ? 5 : 6
 *   	30:28 assign i = other "i++" linear i +1
 *   block 4 label out
 *
 * A variable whose name is shared with another prints as name#index.
 */
#include <stdlib.h>
#include <string.h>

#include "ir.h"

static const char *const var_kinds[] = { "param", "local", "static", "global", "temp" };
static const char *const expr_kinds[] = { "none", "var", "const", "addr-of", "memory", "other" };
static const char *const compare_ops[] = { "<", "<=", ">", ">=", "==", "!=" };

/* Of the function being dumped: which variables share their name. */
static unsigned char *shared_names;

struct var_name {
	const char *name;
	int var;
};

static int compare_names(const void *a, const void *b)
{
	return strcmp(((const struct var_name *)a)->name, ((const struct var_name *)b)->name);
}

/* Sorted once: a scan of every variable per mention was quadratic. */
static unsigned char *find_shared_names(const struct ir_function *fn)
{
	struct var_name *names = calloc(fn->nvars + 1, sizeof(*names));
	unsigned char *shared = calloc(fn->nvars + 1, 1);
	int i;

	if (!names || !shared)
		abort();
	for (i = 0; i < fn->nvars; i++) {
		names[i].name = fn->vars[i].name;
		names[i].var = i;
	}
	qsort(names, fn->nvars, sizeof(*names), compare_names);
	for (i = 1; i < fn->nvars; i++)
		if (strcmp(names[i].name, names[i - 1].name) == 0)
			shared[names[i].var] = shared[names[i - 1].var] = 1;
	free(names);
	return shared;
}

static void dump_var_name(FILE *out, const struct ir_function *fn, int var)
{
	if (var < 0 || var >= fn->nvars) {
		fprintf(out, "?%d", var);
		return;
	}
	fprintf(out, "%s", fn->vars[var].name);
	if (shared_names[var])
		fprintf(out, "#%d", var);
}

static void dump_expr(FILE *out, const struct ir_function *fn, const struct ir_expr *e)
{
	fprintf(out, "%s", expr_kinds[e->kind]);
	if (e->offset)
		fprintf(out, "+");
	if (e->var >= 0) {
		fprintf(out, " ");
		dump_var_name(out, fn, e->var);
	}
	if (e->has_value)
		fprintf(out, " %lld", e->value);
	if (e->kind != IR_EXPR_NONE)
		fprintf(out, " \"%s\"", e->text ? e->text : "(null)");
	if (e->has_compare) {
		fprintf(out, " compare ");
		dump_var_name(out, fn, e->compare_var);
		fprintf(out, " %s %lld", compare_ops[e->compare_op], e->compare_value);
	}
	if (e->has_linear) {
		fprintf(out, " linear ");
		dump_var_name(out, fn, e->linear_var);
		fprintf(out, " %+lld", e->linear_addend);
	}
	if (e->has_mask) {
		fprintf(out, " mask%s ", e->mask_zero ? "-zero" : "");
		dump_var_name(out, fn, e->mask_var);
		fprintf(out, " %#llx", e->mask);
	}
	if (e->has_bits_equal) {
		fprintf(out, " bits ");
		dump_var_name(out, fn, e->bits_var);
		fprintf(out, " & %#llx %s %#llx", e->bits_mask,
			e->bits_differ ? "!=" : "==", e->bits_value);
	}
	if (e->has_or) {
		fprintf(out, " or ");
		dump_var_name(out, fn, e->or_var);
		fprintf(out, " %#llx", e->or_bits);
	}
	if (e->has_truth) {
		fprintf(out, " truth%s ", e->truth_not ? "-not" : "");
		dump_var_name(out, fn, e->truth_var);
	}
	if (e->nonnull_address)
		fprintf(out, " nonnull");
	if (e->has_scaled) {
		fprintf(out, " scaled ");
		dump_var_name(out, fn, e->scaled_var);
		fprintf(out, " *%lld", e->scale);
	}
}

static void dump_call(FILE *out, const struct ir_function *fn, const struct ir_call *call)
{
	fprintf(out, "call ");
	if (call->dest >= 0) {
		dump_var_name(out, fn, call->dest);
		fprintf(out, " = ");
	}
	fprintf(out, "%s(", call->callee ? call->callee : "*");
	for (int i = 0; i < call->nargs; i++) {
		fprintf(out, i ? ", " : "");
		dump_expr(out, fn, &call->args[i]);
	}
	fprintf(out, ")");
	if (call->macro)
		fprintf(out, " macro %s", call->macro);
	fprintf(out, "%s%s%s", call->result_used ? " used" : "",
		call->noreturn ? " noreturn" : "", call->has_body ? " body" : "");
}

static void dump_instr(FILE *out, const struct ir_function *fn, const struct ir_instr *in)
{
	fprintf(out, "\t%u:%u ", in->loc.line, in->loc.col);
	switch (in->op) {
	case IR_CALL:
		dump_call(out, fn, &in->call);
		break;
	case IR_ASSIGN:
		fprintf(out, "assign ");
		dump_var_name(out, fn, in->assign.dest);
		fprintf(out, " = ");
		dump_expr(out, fn, &in->assign.src);
		break;
	case IR_STORE:
		fprintf(out, "store ");
		dump_expr(out, fn, &in->store.target);
		fprintf(out, " = ");
		dump_expr(out, fn, &in->store.src);
		break;
	case IR_DEREF:
		fprintf(out, "deref%s ", in->deref.write ? " write" : "");
		dump_var_name(out, fn, in->deref.var);
		break;
	case IR_CLOBBER:
		fprintf(out, "clobber%s%s ", in->clobber.by_asm ? " asm" : "",
			in->clobber.asm_input ? " input" : "");
		dump_var_name(out, fn, in->clobber.var);
		break;
	}
	fprintf(out, "\n");
}

static void dump_term(FILE *out, const struct ir_function *fn, const struct ir_term *t)
{
	fprintf(out, "\t%u:%u ", t->loc.line, t->loc.col);
	switch (t->kind) {
	case IR_TERM_GOTO:
		fprintf(out, "goto %d", t->succ[0]);
		break;
	case IR_TERM_BRANCH:
		fprintf(out, "branch ");
		dump_expr(out, fn, &t->cond);
		fprintf(out, " ? %d : %d", t->succ[0], t->succ[1]);
		break;
	case IR_TERM_RETURN:
		fprintf(out, "return ");
		dump_expr(out, fn, &t->value);
		break;
	case IR_TERM_UNREACHABLE:
		fprintf(out, "unreachable");
		break;
	}
	fprintf(out, "\n");
}

static void dump_header(FILE *out, const struct ir_function *fn)
{
	fprintf(out, "function %s%s%s%s%s%s%s at %s:%u:%u\n", fn->name,
		fn->is_static ? " static" : "", fn->is_inline ? " inline" : "",
		fn->in_main_file ? " main" : "",
		fn->returns_pointer ? " returns-pointer" : "",
		fn->is_noreturn ? " noreturn" : "", fn->truncated ? " truncated" : "",
		fn->loc.file, fn->loc.line, fn->loc.col);
	for (int i = 0; i < fn->nvars; i++) {
		const struct ir_var *v = &fn->vars[i];

		fprintf(out, "var %d %s %s%s%s%s%s\n", i, v->name, var_kinds[v->kind],
			v->is_pointer ? " pointer" : "", v->is_page ? " page" : "",
			v->is_aggregate ? " aggregate" : "",
			v->address_taken ? " address-taken" : "");
	}
}

void ir_dump(FILE *out, const struct ir_function *fn)
{
	shared_names = find_shared_names(fn);
	dump_header(out, fn);
	for (int b = 0; b < fn->nblocks; b++) {
		const struct ir_block *block = &fn->blocks[b];

		fprintf(out, "block %d", block->id);
		if (block->label)
			fprintf(out, " label %s", block->label);
		fprintf(out, "\n");
		for (int i = 0; i < block->ninstrs; i++)
			dump_instr(out, fn, &block->instrs[i]);
		dump_term(out, fn, &block->term);
	}
	free(shared_names);
	shared_names = NULL;
}
