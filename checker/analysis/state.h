/* SPDX-License-Identifier: GPL-2.0 */
/*
 * state.h - what the walk knows at one point of one path: the mappings made
 * (live or released), which variables and which memory hold their addresses,
 * the atomic contexts entered, and the branch facts that correlate later
 * conditions.  Checks read it; only the core changes it.
 */
#ifndef HMCHECK_ANALYSIS_STATE_H
#define HMCHECK_ANALYSIS_STATE_H

#include <stdbool.h>
#include "ir.h"
#include "model.h"

/* Per-CPU kmap_local slots in Linux 6.1 (KM_MAX_IDX). */
#define HM_KM_MAX_IDX		16

/* Values a variable can hold besides "the address of record N" (N >= 0). */
#define VALUE_UNKNOWN		(-1)	/* came from somewhere we do not follow */
#define VALUE_NOT_MAPPING	(-2)	/* uninitialized, &local, a constant */
#define VALUE_NULL		(-3)	/* the null pointer constant */
#define VALUE_FRESH		(-4)	/* just allocated: nobody mapped it yet */

#define HM_MAX_CONTEXTS		12
#define HM_MAX_QUERY_FLAGS	4
#define HM_MAX_FACTS		32
#define HM_MAX_DECISIONS	8
#define HM_MAX_KNOWN_INTS	8
#define HM_MAX_STORED_INTS	4
#define HM_MAX_KNOWN_BITS	4
#define HM_MAX_RESULT_LINKS	2

/* A place the address was copied to, other than a whole local variable. */
struct store_site {
	const char *text;	/* interned, spaces removed: "s->vaddr", "gbuf" */
	int base_var;		/* the variable the text is rooted at, or -1 */
	struct ir_loc loc;
	bool escapes;		/* outlives the call: through a pointer, a global */
	bool holds_page;	/* a kmap()ed page was stored, not an address */
	bool packed;		/* the address with flag bits, in an integer:
				   its owner releases it, callers never see it */
	bool moved_past;	/* a slot behind a pointer moved on since
				   (`*ptrptr++ = ...`): no name reaches it */
	/*
	 * released_name.c: not a copy of the address but the spelling an
	 * unmap released the mapping by (a page or an address), kept so
	 * that a second unmap spelled the same is seen.  It names the same
	 * value until one of the variables these expressions read is
	 * written, a call that may map is made, or, for a computed name
	 * (an index, a call, arithmetic), anything is stored.  NULL: a copy.
	 */
	const struct ir_expr *named_by;
	int named_nexprs;
	bool named_computed;
};

struct map_record {
	enum map_family family;
	bool live;
	bool repeated;		/* mapped again at this site while live: a loop */
	bool count_unknown;	/* repeated, then unmapped: how many remain is unknown */
	bool used_after_release; /* a use after the release was already seen */
	const char *api_name;	/* as written: "kmap_local_page", a wrapper's name */
	const char *page_text;	/* interned, spaces removed; "" if none */
	int page_var;		/* base variable of the page argument, or -1 */
	struct ir_loc site;	/* the map call */
	int block;		/* the block of the map call */
	struct ir_loc unmap_site; /* once released */
	int decisions_before;	/* path decisions made before the map */
	int cond_var;		/* made by a helper only if this variable, its
				   result, says it succeeded; -1: certainly made */
	bool cond_pointer;	/* the result is a pointer: NULL or ERR_PTR fail;
				   else an int: non-zero fails */
	int nstores;
	struct store_site *stores;
	unsigned long ints_key;	/* known_ints_key() when made: a counted loop
				   maps anew at the same site each iteration */
	bool exact;		/* made in loops that all run a known count:
				   releasing it after them releases it */
	bool maybe_released;	/* a helper that unmaps on some paths only was
				   given it: perhaps no longer atomic */
	bool foreign;		/* made by a function in another file, in a
				   function that never unmaps that family
				   itself: releasing it is that file's
				   helpers' business, not a leak here */
	const char *page_memory; /* page_identity() when made, or NULL */
	const char *release;	/* the unmap to name, when the model says
				   which (kmap_high_get()); NULL: the family's */
	bool orphaned;		/* dead_vars.c: its only holder, a variable
				   nothing reads again, was forgotten: no
				   name is left to unmap it by */
	bool cond_zero_fails;	/* an int result: zero fails, nonzero made
				   it (handed_result.c); else nonzero fails */
};

struct context_depth {
	const char *name;	/* the model's context: "preempt", "spin", ... */
	int depth;		/* may go negative: a helper that only leaves */
	bool entered_here;	/* entered on this path by this function */
	struct ir_loc entered;	/* where the current depth went from 0 to 1 */
	const char *entered_by;	/* the call that did it, as written */
	bool sleep_ok;		/* sleeping in it is no bug (pagefault_disable) */
	int unsure;		/* levels that may be held beyond depth: a
				   callee left it on some returns only */
	int floor;		/* held from entry, never left (callback.c): a
				   timer callback runs in softirq throughout */
	const char *callback;	/* the function whose entry holds it, or NULL */
	int decisions_at_entry;	/* path decisions made before `entered` */
	/*
	 * context_result.c: a callee's returns agree on this context once
	 * sorted by result (a lookup returning its object locked, NULL
	 * unlocked): of `unsure`, result_zero more levels are held if
	 * variable result_var is zero, result_other more if it is not.
	 */
	bool result_linked;
	int result_var;
	int result_zero, result_other;
	/* Or every return of that result switched it on (interrupts). */
	bool result_zero_on, result_other_on;
	struct ir_loc result_loc; /* the call, and its callee: where the */
	const char *result_by;	/* levels were entered, once settled */
	int result_decisions;	/* path decisions made before the call */
	/*
	 * lock_guard.c: entered on one side of the test just made, in
	 * block guard_block: while held, the same test again takes that
	 * side.  NULL: entered unconditionally.
	 */
	const char *guard_text;
	bool guard_value;
	int guard_block;
	/*
	 * context_guard.c: entered by the call in guard_block, on one side
	 * of its test of a member of an argument: guard_text is that member
	 * in this function's words ("a->flags"), compacted and interned.
	 */
	bool guard_by_call;
	/*
	 * context_switch.c: a context that is on or off (interrupts) was
	 * switched back on by this path from a level it held: the count of
	 * nested levels is gone, and another leave finds it already on.
	 */
	bool switched_on;
	/*
	 * context_switch.c: this path switched the context on below its
	 * entry: every level the caller held is gone for good, and a depth
	 * above zero counts only this function's own disables since.  A
	 * return tells callers where it ends, on or off, not by how much
	 * (summary_collect.c).
	 */
	bool caller_gone;
	/*
	 * context_switch.c: switched on by this path and not restored since:
	 * on whatever the caller held, so a sleep now comes after leaving
	 * all its levels too, also where this path switched them on from its
	 * own level (local_irq_disable(); local_irq_enable()).  A restore may
	 * bring back what a save found before the switch: it clears this.
	 */
	bool callers_on;
	/*
	 * calls.c: while a `leaves=` sleep (schedule()) is raised, switched
	 * off by that call alone: a context one call entered with it (the
	 * spinlock of spin_lock_irq()) stays held.  False otherwise.
	 */
	bool left_alone;
};

struct branch_fact {
	const char *text;	/* the condition as written */
	bool value;
	bool memory;		/* reads memory: any store or call expires it */
	bool predicate;		/* a call's result (PageHighMem(page)): writes
				   into a mapped page and mem*() calls keep it */
	const char *callee;	/* predicate: the function called */
	int block;		/* the branch that made it; it does not bind itself */
	int nreads;
	const int *reads;	/* points into the IR */
	bool pointer;		/* memory holding a pointer: a store of a
				   number elsewhere keeps it (deref_facts.c) */
	bool numbers;		/* reads numbers of members only (ir.h
				   loads_numbers): a store of a pointer
				   elsewhere keeps it */
};

struct path_decision {
	struct ir_loc loc;
	const char *text;
	bool value;
};

struct path_state {
	int nrecords;
	struct map_record *records;
	int nvars;
	int *values;		/* per variable: record index or VALUE_* */
	int *param_origin;	/* per variable: the parameter it was copied from, or -1 */
	const char **param_suffix; /* and where in it: NULL the value itself,
				   "->vaddr" loaded from param->vaddr, "*" *param */
	int ncontexts;
	struct context_depth contexts[HM_MAX_CONTEXTS];
	int nfacts;
	struct branch_fact facts[HM_MAX_FACTS];
	unsigned helper_unmaps;	/* summaries: which unmap effects this path did */
	bool atomic_released;	/* a kmap_atomic mapping was made and released:
				   its preempt and pagefault parts are gone */
	int ndecisions;		/* total made on this path; the last few are kept */
	struct path_decision decisions[HM_MAX_DECISIONS];
	int nints;		/* known_ints.h: local integers with a known */
	struct known_int {	/* value, sorted by variable */
		int var;
		long long value;
	} ints[HM_MAX_KNOWN_INTS];
	int nstored;		/* stored_ints.c: integer constants this path */
	struct stored_int {	/* stored through a pointer, kept while */
		const char *text; /* nothing may have written them since */
		const char *chain; /* the member, relative to var */
		int var;
		long long value;
		bool symbolic;	/* not a constant: the entry value of */
		int param;	/* this parameter (returned_members.c) */
		bool copy;	/* symbolic: or the value local integer
				   `param` holds, while it does */
	} stored[HM_MAX_STORED_INTS];
	/* summary_guard.c: the side its function's entry guard took, 1
	   false, 2 true; 0 not yet */
	unsigned char entry_guard;
	int nbits;		/* known_bits.c: bits of local integers a */
	struct known_bits {	/* branch tested, sorted by variable */
		int var;
		unsigned long long zero; /* certainly clear */
		unsigned long long one;	 /* certainly set */
	} bits[HM_MAX_KNOWN_BITS];
	unsigned helper_clears;	/* summaries: unmap effects whose memory this
				   path cleared after the unmap */
	bool imprecise;		/* a block over its budget dropped facts this
				   path had: it may stand for paths that cannot
				   happen, so it reports nothing (hooks.c) */
	bool last_ref;		/* last_ref.c: took the true side of a test
				   that the last reference was dropped */
	const char *not_in;	/* context_query.c: contexts a query's false
				   side said the path does not hold
				   ("spin,bh,irq"), interned; NULL: none */
	struct query_flag {	/* context_query.c: `ok = !in_atomic();` */
		int var;	/* the variable holding the answer */
		bool when;	/* its truth that says "none of them" */
		const char *not_in;
	} query_flags[HM_MAX_QUERY_FLAGS];
	int nquery_flags;
	/*
	 * param_result.c: variable `dest` holds a helper's result, nonzero
	 * only when variable `var` (passed to it) has the truth `value`;
	 * `reads` (in the IR) reads var, for the fact a test of dest makes.
	 */
	int nresult_links;
	struct result_link {
		int dest, var;
		bool value;
		const int *reads;
	} result_links[HM_MAX_RESULT_LINKS];
};

struct path_state *state_new(const struct ir_function *fn);
struct path_state *state_clone(const struct path_state *s);
void state_free(struct path_state *s);
bool state_equal(const struct path_state *a, const struct path_state *b);
unsigned long state_hash(const struct path_state *s);
/* Drop released records nothing refers to any more, keeping the order. */
void state_collect(struct path_state *s);

int state_add_record(struct path_state *s, const struct map_record *r);
void record_add_store(struct map_record *r, const struct store_site *site);
void state_drop_stores_of_var(struct path_state *s, int var);
void state_drop_stores_at(struct path_state *s, const char *text);
/* The record whose address is stored at `text` (live ones first), or -1. */
int state_find_store(const struct path_state *s, const char *text);
/* The live kmap() record whose page is stored at `text`, or -1. */
int state_find_page_store(const struct path_state *s, const char *text);
/* released_name.c: `var` is written: names reading it name something else. */
void state_forget_names_reading(struct path_state *s, int var);

/* Live local/atomic mappings, counted as the kernel's slot stack. */
int state_stack_depth(const struct path_state *s);
/* The most recent live local/atomic record, or -1. */
int state_stack_top(const struct path_state *s);

struct context_depth *state_context(struct path_state *s, const char *name);
/*
 * A lock's depth far below zero only tells that loops released what they
 * may not have taken (lock_cluster() and unlock_cluster() in a loop): keep
 * it bounded, so that a loop's states converge.  A function may still
 * release its caller's locks, one per ring (cassini's cas_unlock_tx()).
 */
#define HM_LOCK_DEPTH_FLOOR	16
void state_context_floor(struct context_depth *c);
/*
 * Whether the path is in atomic context, and why: the most recent cause's
 * location and a short description ("kmap_atomic()", "spin_lock").
 */
bool state_atomic_cause(const struct path_state *s, struct ir_loc *loc,
			const char **what);
/* How many path decisions had been made when that context was entered. */
int state_atomic_decisions(const struct path_state *s);
bool state_pagefaults_disabled(const struct path_state *s);
/* A kmap_atomic() mapping is live on this path. */
bool state_holds_atomic_mapping(const struct path_state *s);
/*
 * The context a callee leaves by unmapping its caller's kmap_atomic()
 * mapping (crypto_hash_walk_done() unmaps, yields, maps the next page): not
 * an identifier, so no rules file can name it.
 */
#define HM_CONTEXT_CALLERS_ATOMIC_MAP	"kmap_atomic()"
/*
 * How far below its entry a callee sleeps in one context: so many levels
 * left, or all of them (`all`: interrupts switched on by spin_unlock_irq(),
 * which counts no levels).  left_levels.c keeps them in summaries.
 */
struct context_level {
	const char *context;
	int levels;
	bool all;
	bool alone;	/* all, by a call that left only this context
			   (schedule() turning interrupts on): what one call
			   entered with it stays held (state_query.c) */
};
/*
 * Switched on by this path from its own level (depth 0): the caller's
 * levels went with it, as below the entry (context_switch.c).
 */
static inline bool state_context_callers_on(const struct context_depth *c)
{
	return c->depth == 0 && c->switched_on && c->callers_on;
}
/* Atomic still while a callee sleeps these levels below its entry? */
bool state_atomic_below(const struct path_state *s,
			const struct context_level *levels, int n);
/* Live kmap_atomic() mappings, as HM_CONTEXT_CALLERS_ATOMIC_MAP counts. */
int state_atomic_mappings(const struct path_state *s);
/*
 * A context this function left more often than it entered, or switched
 * on for its caller (state_context_callers_on()), or NULL.
 */
const char *state_left_caller_context(const struct path_state *s);

void state_set_value(struct path_state *s, int var, int value, int origin,
		     const char *suffix);
void state_expire_facts_reading(struct path_state *s, int var);
/* param_result.c: links to a result through `var` no longer hold. */
void param_result_forget(struct path_state *s, int var);
void state_expire_memory_facts(struct path_state *s, bool keep_predicates);
/*
 * A fact `text` with `value`: an existing one with that text takes the
 * value (NULL is returned); else a new one, all else zero and block -1,
 * for the caller to fill (NULL when the state holds no more).
 */
struct branch_fact *state_put_fact(struct path_state *s, const char *text,
				   bool value);
void state_add_decision(struct path_state *s, struct ir_loc loc,
			const char *text, bool value);

#endif
