// SPDX-License-Identifier: GPL-2.0
/*
 * test_control.c - control flow: goto ladders, loops, switch, short
 * circuits, ?:, statement expressions, likely().
 */
#include <string.h>

#include "test_util.h"

static void goto_ladder(struct tu *tu)
{
	struct ir_function *fn = must_function(tu, "ladder");
	const struct ir_block *out = find_label(fn, "out");
	const struct ir_block *undo = find_label(fn, "undo_one");

	CHECK(out && undo);
	if (!out || !undo)
		return;
	CHECK(count_terms(fn, IR_TERM_BRANCH) == 2);
	CHECK(count_terms(fn, IR_TERM_RETURN) == 2);
	CHECK(reaches(fn, 0, undo->id) && reaches(fn, 0, out->id));
	CHECK(undo->term.kind == IR_TERM_GOTO && undo->term.succ[0] == out->id);
	CHECK(out->term.kind == IR_TERM_RETURN && out->term.value.var == find_var(fn, "err"));
	CHECK(!reaches(fn, out->id, undo->id));
}

static void loops(struct tu *tu)
{
	struct ir_function *fn = must_function(tu, "loops");
	const struct ir_term *cont = find_branch(fn, "i == 3");
	const struct ir_term *brk = find_branch(fn, "i == 7");
	const struct ir_term *head = find_branch(fn, "i < n");

	/* for, two ifs, while, do-while, for(;;) with its if */
	CHECK(count_terms(fn, IR_TERM_BRANCH) == 6);
	CHECK(cont && brk && head);
	if (!cont || !brk || !head)
		return;
	/* continue goes to the increment, which goes back to the test */
	CHECK(reaches(fn, cont->succ[0], cont->succ[0]));
	CHECK(head->succ[1] == brk->succ[0]);	/* break leaves like the test */
	CHECK(find_branch(fn, "sum > 100") && count_terms(fn, IR_TERM_RETURN) == 1);
	CHECK(find_branch(fn, "g()") && find_branch(fn, "g()")->succ[1] != -1);
}

static void switches(struct tu *tu)
{
	struct ir_function *fn = must_function(tu, "sw");
	const struct ir_term *one = find_branch(fn, "x == 1");
	const struct ir_term *two = find_branch(fn, "x == 2");
	const struct ir_term *three = find_branch(fn, "x == 3");
	const struct ir_term *range = find_branch(fn, "x == 4 ... 6");

	CHECK(one && two && three && range);
	if (!one || !two || !three || !range)
		return;
	CHECK(one->succ[1] != range->succ[1]);
	CHECK(two->succ[0] == three->succ[0]);		/* case 2: case 3: */
	/* default (in the middle) falls through into case 2 */
	CHECK(reaches(fn, range->succ[1], two->succ[0]));
	CHECK(reaches(fn, two->succ[0], range->succ[0]));	/* fallthrough */
	CHECK(!reaches(fn, one->succ[0], two->succ[0]));	/* break */
	CHECK(count_terms(fn, IR_TERM_RETURN) == 1);
}

static void conditions(struct tu *tu)
{
	struct ir_function *fn = must_function(tu, "logic");
	int p = find_var(fn, "p");
	int nbranch_p = 0;

	for (int b = 0; b < fn->nblocks; b++) {
		const struct ir_term *t = &fn->blocks[b].term;

		if (t->kind == IR_TERM_BRANCH && t->cond.kind == IR_EXPR_VAR &&
		    t->cond.var == p)
			nbranch_p++;
	}
	CHECK(nbranch_p == 2);		/* !p and p != 0 */
	CHECK(find_branch(fn, "*p == 2") != NULL);
	CHECK(count_ops(fn, IR_DEREF) == 1);
	/* a && b as a value: a temp assigned 1 and 0 */
	CHECK(find_var(fn, "tmp.0") >= 0);
	CHECK(find_call(fn, "f", 0, NULL) && find_call(fn, "g", 0, NULL));
	CHECK(count_terms(fn, IR_TERM_RETURN) == 3);
}

static void macros(struct tu *tu)
{
	struct ir_function *fn = must_function(tu, "macros");
	const struct ir_instr *f = find_call(fn, "f", 0, NULL);
	int p = find_var(fn, "p");

	CHECK(find_call(fn, "__builtin_expect", 0, NULL) == NULL);
	CHECK(find_branch(fn, "p") && find_branch(fn, "p")->cond.var == p);
	CHECK(f && f->call.dest == find_var(fn, "__a"));
	CHECK(f && strcmp(f->call.args[0].text, "a") == 0);
	CHECK(find_call(fn, "f", 1, NULL) && !find_call(fn, "f", 1, NULL)->call.result_used);
	CHECK(find_call(fn, "g", 0, NULL) != NULL);
}

void test_control(void)
{
	struct tu *tu = parse_input("control.c");

	CHECK(tu_error_count(tu) == 0);
	goto_ladder(tu);
	loops(tu);
	switches(tu);
	conditions(tu);
	macros(tu);
	tu_free(tu);
}
