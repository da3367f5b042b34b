/* SPDX-License-Identifier: GPL-2.0 */
/*
 * call_writes.h - which members of the objects it is handed a function may
 * write, so that a caller's branch facts about the other members survive
 * the call (call_facts.c).
 */
#ifndef HMCHECK_ANALYSIS_CALL_WRITES_H
#define HMCHECK_ANALYSIS_CALL_WRITES_H

#include <stdbool.h>
#include "ir.h"

struct intern_table;
struct analysis;

/* access_path.c */
/* The next place `name` names the variable in `text`, from `from`, or NULL. */
const char *access_find(const char *text, const char *from, const char *name);
/* The member chain at the start of `after`: "->a.b[]" (indexes as "[]");
   `used`: how much of `after` it spans. */
const char *access_chain(struct intern_table *strings, const char *after,
			 size_t *used);
/* One chain starts the other: writing one may change the other. */
bool regions_overlap(const char *a, const char *b);
/* `inner` (relative to a pointer) appended to `base`; `address`: the
   pointer was &base, so "->f" becomes ".f". */
const char *region_join(struct intern_table *strings, const char *base,
			bool address, const char *inner);

/* Where an expression points, relative to the variable it is rooted at. */
struct expr_region {
	const char *chain;	/* "" the variable's object itself */
	bool address;		/* &var<chain> */
	bool whole;		/* arithmetic or a dereference: all of chain */
};
void expr_region_of(struct intern_table *strings, const struct ir_function *fn,
		    const struct ir_expr *e, struct expr_region *r);

/* call_writes.c */
#define MAX_ORIGINS	4

/* Where a pointer may point: into *param at base. */
struct origin {
	int param;
	const char *base;	/* region of *param it points into */
	bool address;		/* points at base itself (&p->f) */
	bool whole;		/* somewhere in base */
};

struct origin_set {
	int n;
	bool own;		/* also the frame's own memory, a global, a
				   fresh object: writes there do not matter */
	bool unknown;		/* also somewhere we cannot tell */
	struct origin o[MAX_ORIGINS];
};

struct param_writes {
	int n;
	const char **regions;	/* relative to *param: "->io_pos", "" all */
	int *grow_by;		/* per region: WRITE_ANY, WRITE_GROWS, or the
				   parameter it only grows by (member_growth.c) */
};

/* How a member is written, when only ever increased (member_growth.c). */
#define WRITE_ANY	-2	/* set to anything */
#define WRITE_GROWS	-1	/* increased by a non-negative amount */

struct function_writes {
	bool computing;
	bool unknown;		/* writes through pointers it does not trace */
	int nparams;
	struct param_writes *params;
	bool unanswered;	/* a callee elsewhere went unanswered: asking
				   again with need may tell more */
	/* Where the pointer it returns points (skb_end_pointer(skb) into
	   what skb->head reaches); else anywhere its arguments reach. */
	bool returns_traced;
	struct origin_set returned;
	bool needed;		/* computed asking with need: done */
};

struct write_table;
void write_table_free(struct write_table *t);
/* What `fn` and its callees write through its parameters; NULL: recursion. */
const struct function_writes *writes_of(struct analysis *an,
					const struct ir_function *fn);
/* The same, asking the database or demand analysis about callees elsewhere. */
const struct function_writes *writes_of_needed(struct analysis *an,
					       const struct ir_function *fn);
/* The caller's region a callee's write to `inner` through `arg` reaches. */
const char *arg_region(struct intern_table *strings, const struct expr_region *arg,
		       const char *inner);

/* member_facts.c: a fact about one member the call cannot make false. */
struct hm_walk;
struct branch_fact;
bool call_keeps_member_fact(struct hm_walk *w, const struct ir_call *call,
			    const struct branch_fact *f);
/* A getter `return p->m;` of its first parameter: "->m", else NULL. */
const char *predicate_member(struct hm_walk *w, const struct ir_function *fn);

/* member_growth.c */
/* How a store writes its member: WRITE_GROWS, the growing parameter, WRITE_ANY. */
int store_growth(struct intern_table *strings, const struct ir_function *fn,
		 const struct ir_instr *store);
/* A callee's growth by its parameter, as its caller `fn` passes it. */
int growth_through_call(const struct ir_function *fn, const struct ir_call *call,
			int grow_by);
/* extern.c: what a function elsewhere writes through its parameters, or NULL. */
const struct function_writes *extern_writes_of(struct analysis *an,
					       const char *name, bool need);
/* writes_text.c: the summary text's "wrote" lines, and back. */
char *writes_to_text(const struct function_writes *fw);
struct function_writes *writes_from_text(const char *text,
					 struct intern_table *strings);
void function_writes_free(struct function_writes *fw);

#endif
