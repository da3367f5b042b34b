// SPDX-License-Identifier: GPL-2.0
/*
 * test_liveness.c - liveness.c on a loop: the last iteration's `e` is dead
 * at the loop's head (the body assigns it before reading it), `flag` is
 * live there (read before the body assigns it), and nothing is live at the
 * return but what it returns.
 */
#include <stdio.h>
#include <string.h>
#include "frontend.h"
#include "ir.h"
#include "analysis/liveness.h"

static int failures;

#define CHECK(cond) \
	((cond) ? (void)0 : (void)(failures++, \
	 fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond)))

static int var_named(const struct ir_function *fn, const char *name)
{
	int i;

	for (i = 0; i < fn->nvars; i++)
		if (fn->vars[i].name && !strcmp(fn->vars[i].name, name))
			return i;
	return -1;
}

/* The block whose branch tests `text`. */
static int branch_block(const struct ir_function *fn, const char *text)
{
	int b;

	for (b = 0; b < fn->nblocks; b++)
		if (fn->blocks[b].term.kind == IR_TERM_BRANCH &&
		    !strcmp(fn->blocks[b].term.cond.text, text))
			return b;
	return -1;
}

/* The block that calls `callee`. */
static int call_block(const struct ir_function *fn, const char *callee)
{
	int b, i;

	for (b = 0; b < fn->nblocks; b++)
		for (i = 0; i < fn->blocks[b].ninstrs; i++)
			if (fn->blocks[b].instrs[i].op == IR_CALL &&
			    fn->blocks[b].instrs[i].call.callee &&
			    !strcmp(fn->blocks[b].instrs[i].call.callee, callee))
				return b;
	return -1;
}

static int return_block(const struct ir_function *fn)
{
	int b;

	for (b = 0; b < fn->nblocks; b++)
		if (fn->blocks[b].term.kind == IR_TERM_RETURN)
			return b;
	return -1;
}

int main(int argc, char **argv)
{
	struct tu *tu;
	struct ir_function *fn;
	struct liveness *l;
	int head, lookup_at, use_at, ret, e, flag, n, addr, keep;

	if (argc != 2) {
		fprintf(stderr, "usage: test_liveness INPUT.c\n");
		return 2;
	}
	tu = tu_parse(argv[1], 0, NULL, NULL);
	fn = tu ? tu_function(tu, "walk") : NULL;
	if (!fn) {
		fprintf(stderr, "%s: no function walk()\n", argv[1]);
		return 1;
	}
	l = liveness_new(fn);
	head = branch_block(fn, "addr < end");
	lookup_at = call_block(fn, "lookup");
	use_at = call_block(fn, "use");
	ret = return_block(fn);
	e = var_named(fn, "e");
	flag = var_named(fn, "flag");
	n = var_named(fn, "n");
	addr = var_named(fn, "addr");
	keep = var_named(fn, "keep");
	CHECK(head >= 0 && lookup_at >= 0 && use_at >= 0 && ret >= 0);
	CHECK(e >= 0 && flag >= 0 && n >= 0 && addr >= 0 && keep >= 0);
	if (!failures) {
		CHECK(!liveness_live_at(l, head, e));
		CHECK(liveness_live_at(l, head, flag));
		CHECK(liveness_live_at(l, head, addr));
		CHECK(liveness_live_at(l, head, keep));
		CHECK(!liveness_live_at(l, lookup_at, e));
		CHECK(liveness_live_at(l, use_at, e));
		CHECK(liveness_live_at(l, use_at, flag));
		CHECK(liveness_live_at(l, ret, n));
		CHECK(!liveness_live_at(l, ret, flag));
		CHECK(!liveness_live_at(l, ret, e));
		CHECK(!liveness_live_at(l, 0, e));
	}
	liveness_free(l);
	tu_free(tu);
	return failures ? 1 : 0;
}
