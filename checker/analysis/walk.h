/* SPDX-License-Identifier: GPL-2.0 */
/*
 * walk.h - the core's own view: one analysis of a unit, one walk of one
 * function.  Checks never include this.
 */
#ifndef HMCHECK_ANALYSIS_WALK_H
#define HMCHECK_ANALYSIS_WALK_H

#include <stdbool.h>
#include "analysis.h"
#include "frontend.h"
#include "analysis/state.h"
#include "analysis/util.h"
#include "analysis/loops.h"
#include "analysis/summary.h"
#include "checks/checks.h"

#define HM_DEFAULT_STATES_PER_BLOCK	64
#define HM_DEFAULT_STEPS		200000L
#define HM_MAX_LIVE_RECORDS		(HM_KM_MAX_IDX + 8)
#define HM_MAX_SUMMARY_NESTING		32
/*
 * The states a walk keeps: each holds a value per variable, so a function
 * of thousands of blocks and variables (a ?: chain of thousands) needed
 * gigabytes.  Past this, the walk gives up as it does past its steps.
 */
#define HM_MAX_STORED_BYTES		(1L << 30)

struct summary_table;
struct extern_table;

struct analysis {
	struct tu *tu;
	const struct api_model *model;
	struct diag *diag;
	struct analysis_options opts;
	struct intern_table *strings;
	struct summary_table *summaries;
	int nesting;			/* summary walks in progress */
	struct write_table *writes;	/* call_writes.h, made on first use */
	struct extern_table *externs;	/* extern.c: answers about other files */
	struct callback_table *callbacks; /* callback.c: registered functions */
};

struct block_seen {
	int nstates;
	struct path_state **states;
	unsigned long *hashes;
};

struct work_item {
	int block;
	int from;			/* the block it came from, -1 entry */
	struct path_state *state;
};

#define HM_MAX_GUARD_MEMBERS	4

#define HM_POINTEE_ARGS	8

/* sleep_guard_dom.c: the tests of parameters every way to a block passes. */
struct dom_tests {
	bool known;
	int n;
	struct sleep_test tests[HM_SLEEP_TESTS];
};

struct hm_walk {
	struct analysis *an;
	const struct ir_function *fn;
	struct summary *summary;	/* being collected for fn */
	bool reporting;			/* main-file function: checks may report */
	bool stopped;			/* the step budget ran out */
	bool path_ended;		/* the current path hit a noreturn call */
	long steps;
	struct block_seen *seen;
	int nqueue, queue_head, queue_cap;
	struct work_item *queue;
	int block;			/* being executed */
	int from;			/* the block the current path came from */
	struct loop_info loops;
	bool maps_family[FAMILY_PKMAP + 1]; /* the body calls a map of it */
	bool unmaps_family[FAMILY_PKMAP + 1]; /* ... and an unmap */
	int set_by_call;		/* a variable the last call's summary
					   wrote through &var: its IR_CLOBBER
					   must not forget that */
	struct counted_loops *counted;	/* known_ints.h */
	unsigned char *frame_objects;	/* call_facts.c: per variable, made
					   on first use */
	bool entry_guard_known;		/* summary_guard.c: entry_guard_block */
	int entry_guard_block;		/* is found; -1 there is none */
	const struct ir_instr *guard_call; /* the call whose callee's guard */
	int guard_call_side;		/* this path takes: GUARD_SIDE_* */
	bool guard_members_known;	/* summary_guard.c: the members its */
	int nguard_members;		/* callees' entry guards test */
	const char *guard_members[HM_MAX_GUARD_MEMBERS];
	struct slot_answer {		/* mapping_slot.c: what it found of a */
		const char *slot;	/* slot (interned), asked per store */
		bool mapping;		/* and per fact: each answer is a scan */
	} *slot_answers;		/* of the whole function */
	int nslot_answers;
	unsigned char *flags;		/* flag_vars.c: per variable, made on
					   first use (a scan to a fixed point) */
	struct bool_test {		/* known_bits.c: per variable, what a */
		signed char known;	/* test of it tests (a scan of the */
		bool zero;		/* function per branch otherwise): 0 */
		int var;		/* not asked yet, -1 nothing, 1 the */
		unsigned long long mask; /* bits `mask` of `var` */
	} *bool_tests;
	long stored_bytes;		/* in the states kept per block */
	struct liveness *liveness;	/* dead_vars.c: made on first use */
	struct ahead_cache *ahead;	/* fact_prune.c: made on first use */
	int held_back;			/* reports an imprecise state would
					   have made (hooks.c) */
	int dest_before;		/* calls.c: the value the current call's
					   destination held before it */
	int nlast_ref_quiet;		/* last_ref.c: calls in atomic context */
	struct ir_loc last_ref_quiet[8]; /* not reported, for -v */
	const struct ir_instr *member_call; /* member_guard.c: the memory */
	int nmember_facts;		/* facts of the path just before */
	struct branch_fact member_facts[HM_MAX_FACTS]; /* that call */
	bool sleep_members_known;	/* member_guard.c: the members the */
	unsigned char *sleep_members_asked; /* (per block: asked with need) */
	int nsleep_members;		/* callees' sleeps need a test of */
	const char *sleep_members[HM_MAX_GUARD_MEMBERS];
	/*
	 * sleep_guard.c: the call being made and the variable it writes its
	 * result to, as it was before (an unchanged parameter; tested, by a
	 * branch or not, and how): the callee sleeps, and reads its
	 * arguments, before.
	 */
	struct dom_tests *dom;		/* per block, lazily (sleep_guard_dom.c) */
	const struct ir_instr *dest_call;
	int dest_var;
	bool dest_unchanged, dest_tested, dest_branch, dest_value;
	/*
	 * pointee_guard.c: what the path knew of each `&var` argument of
	 * pointee_call before it ran (1 true, 0 false, -1 unknown): the call
	 * expires it, but the callee reads it first.
	 */
	const struct ir_instr *pointee_call;
	signed char pointee_truth[HM_POINTEE_ARGS];
};

struct summary;

/* walk.c */
void walk_function(struct analysis *an, const struct ir_function *fn,
		   struct summary *summary);
/* The same from a callback's start (callback.h); NULL: as any function. */
struct callback_start;
void walk_function_from(struct analysis *an, const struct ir_function *fn,
			struct summary *summary,
			const struct callback_start *start);

/* hooks.c */
void hm_fire(struct hm_event *ev);
void hm_event_init(struct hm_event *ev, struct hm_walk *w,
		   const struct path_state *s, enum hm_event_kind kind,
		   struct ir_loc loc);

/* transfer.c */
void transfer_instr(struct hm_walk *w, struct path_state *s,
		    const struct ir_instr *in);
/* The record an expression's value is the address of, or a VALUE_*. */
int expr_value(struct hm_walk *w, const struct path_state *s,
	       const struct ir_expr *e);
/* The parameter an expression's value or memory comes from, or -1. */
int expr_param_origin(const struct path_state *s, const struct ir_expr *e);
/* The same, with where in the parameter: "" / "->vaddr" / "*" (interned). */
int expr_param_origin_suffix(struct hm_walk *w, const struct path_state *s,
			     const struct ir_expr *e, const char **suffix);

/* "s->vaddr" rooted at variable "s": "->vaddr"; "*p" at "p": "*"; else NULL. */
const char *suffix_after(struct hm_walk *w, const char *text, const char *name);

void mark_used_if_released(struct path_state *s, int record);
void clobber_var(struct hm_walk *w, struct path_state *s, int var);
/* var gets a new value: what was stored through it stays in that memory. */
void keep_slots_moved_past(struct hm_walk *w, struct path_state *s, int var);
/* Whether memory written at `target` outlives the function. */
bool store_escapes(const struct hm_walk *w, const struct ir_expr *target);

/* call_lookup.c */
const struct api_entry *call_api(struct hm_walk *w, const struct ir_instr *in,
				 const char **name);
/* Which families the function maps itself (not through helpers). */
void find_mapped_families(struct hm_walk *w);

/* calls.c */
void transfer_call(struct hm_walk *w, struct path_state *s,
		   const struct ir_instr *in);
/* `fault`: it sleeps only to serve a page fault, so not with faults disabled. */
void raise_sleep(struct hm_walk *w, struct path_state *s,
		 const struct ir_instr *in, const char *name,
		 const char *chain, struct ir_loc chain_loc, bool fault);
/* The event alone: the summary is the caller's business (sleep_unless.c). */
void fire_sleep_event(struct hm_walk *w, struct path_state *s,
		      const struct ir_instr *in, const char *name,
		      const char *chain, struct ir_loc chain_loc);
/* The same, for the might_sleep() of a kunmap() of a caller's kmap(). */
void raise_unmap_sleep(struct hm_walk *w, struct path_state *s,
		       const struct ir_instr *in, const char *name,
		       const char *chain, struct ir_loc chain_loc);
void enter_context(struct hm_walk *w, struct path_state *s, const char *context,
		   struct ir_loc loc, const char *by, bool sleep_ok);
void leave_context(struct hm_walk *w, struct path_state *s,
		   const struct ir_instr *in, const char *context, const char *by);
/*
 * context_switch.c: what a rules entry does to one of its contexts, counted
 * or, for its `sets=` context, switched (interrupts are off or on).
 */
void enter_context_by(struct hm_walk *w, struct path_state *s,
		      const struct ir_instr *in, const struct api_entry *api,
		      const char *context, const char *by);
void leave_context_by(struct hm_walk *w, struct path_state *s,
		      const struct ir_instr *in, const struct api_entry *api,
		      const char *context, const char *by);
/* A switched context turned on whatever its depth (interrupts off). */
void switch_context_on(struct hm_walk *w, struct path_state *s,
		       struct ir_loc loc, const char *context, const char *by,
		       bool sleep_ok);
/* A switched context turned off whatever its depth (interrupts on). */
void switch_context_off(struct hm_walk *w, struct path_state *s,
			const struct ir_instr *in, const char *context,
			const char *by);
/* The same, by a callee on the side of its result taken (no event). */
void context_switched_on(struct context_depth *c);
/* atomic_leave.c: every path from the entry to `leave` maps with kmap_atomic(). */
bool leave_follows_own_atomic_map(struct hm_walk *w, const struct ir_instr *leave);
/* lock_annotations.c: a callee's __releases(lock) without an unlock of its own. */
struct summary;
void apply_release_annotation(struct hm_walk *w, struct path_state *s,
			      const struct ir_instr *in, const struct summary *sum);
/* A kmap() whose only handle is a parameter's page: the caller's to release. */
void kmap_of_callers_page(struct hm_walk *w, struct path_state *s, int index);
int push_mapping(struct hm_walk *w, struct path_state *s,
		 const struct ir_instr *in, enum map_family family,
		 const char *name, const struct ir_expr *page, int dest);

/* unmap.c */
struct unmap_target {
	const char *text;	/* as written, for messages */
	int var;		/* variable holding the address or page, or -1 */
	const char *memory;	/* compacted memory text holding it, or NULL */
	int value;		/* resolved: record or VALUE_* */
	int param_origin;	/* parameter it comes from, or -1 */
	const char *param_suffix; /* where in it (see state.h), NULL itself */
	bool is_page;
	const char *copied_from; /* compacted memory text a variable was just
				   loaded from, unchanged since (unmap_copy.c) */
	const char *page_memory; /* page_identity() of the argument, or NULL */
	const char *page_form;	/* page_form.h: the page as an expression of
				   parameters, or NULL */
	int form_param;		/* the first parameter page_form names */
	const struct ir_expr *expr; /* the argument itself */
};
void unmap_target_from_expr(struct hm_walk *w, const struct path_state *s,
			    const struct ir_expr *e, struct unmap_target *t);

/* unmap_foreign.c: an unmap of an address no record stands for. */
void remember_foreign_release(struct hm_walk *w, struct path_state *s,
			      const struct unmap_target *t, enum map_family family,
			      const char *name, struct ir_loc loc);

/* released_name.c: a released mapping remembered by its unmap's spelling. */
bool release_name(struct hm_walk *w, const struct unmap_target *t,
		  struct ir_loc loc, struct store_site *name);
void name_release(struct hm_walk *w, struct path_state *s, int record,
		  enum unmap_match match, const struct unmap_target *t,
		  struct ir_loc loc);
int named_release(const struct path_state *s, const char *text);
void forget_names_after_store(struct path_state *s, const char *text);
void forget_names_for_call(struct hm_walk *w, struct path_state *s,
			   const struct ir_call *call);

/* macro_value.c: the value of the macro a helper call was written through is used. */
bool macro_value_used(const struct hm_walk *w, const struct ir_instr *in);

/* unmap_page.c: whether this function kmap()s the page an unmap names. */
bool maps_this_page(struct hm_walk *w, const struct unmap_target *t);
/* How many instructions may give `var` a new value (a clobber counts). */
int var_write_count(const struct ir_function *fn, int var);

/* page_identity.c: `*X` is `X[0]`; known indices as numbers (interned). */
const char *page_identity(struct hm_walk *w, const struct path_state *s,
			  const struct ir_expr *e);
bool page_identity_may_alias(const char *a, const char *b);
bool page_identity_distinct(const char *a, const char *b);
void page_identity_index_moved(struct hm_walk *w, struct path_state *s, int var);

/* relation_facts.c: `++i >= n` decided earlier answers `i < n`: 1, 2 or 3. */
int relation_fact_sides(struct hm_walk *w, const struct path_state *s,
			const struct ir_expr *cond);
bool relation_tests_fact(const char *cond_text, const char *fact_text);

/* pure_call.c: the callee, of this file, writes no memory and calls nothing. */
bool call_writes_nothing(struct hm_walk *w, const struct ir_call *call);

/* text_bits.c: `p->f & B` after `p->f & (A|B)` and `!(p->f & A)`: 1, 2 or 3. */
int text_bits_sides(struct hm_walk *w, const struct path_state *s,
		    const struct ir_expr *cond);

/* mapping_slot.c: memory only ever given this function's mapping or NULL. */
bool mapping_slot(struct hm_walk *w, const char *text);
bool mapping_slot_empty(struct hm_walk *w, const struct branch_fact *f);
void mapping_slot_expire_for_store(struct hm_walk *w, struct path_state *s,
				   const struct ir_expr *target,
				   bool keep_predicates);
void mapping_slot_store_null(struct hm_walk *w, struct path_state *s,
			     const struct ir_expr *target,
			     const struct ir_expr *src);
/* unmap_copy.c: "page = pages[i]; kunmap(page)": the text "pages[i]", or NULL. */
const char *unmap_copied_from(struct hm_walk *w, const struct ir_expr *arg);
/* Whether a kunmap() of `t` releases a mapping its caller made. */
bool unmap_is_handover(struct hm_walk *w, const struct path_state *s,
		       const struct unmap_target *t);

void apply_unmap(struct hm_walk *w, struct path_state *s,
		 const struct ir_instr *in, const char *name,
		 enum map_family family, const struct unmap_target *t);
/* A helper that unmaps its argument on some paths only: judge it no more. */
void apply_maybe_unmap(struct hm_walk *w, struct path_state *s,
		       enum map_family family, const struct unmap_target *t);

/* branch.c */
/* Which successors a branch may take: bit 0 true, bit 1 false. */
bool branch_tests_fact(const struct ir_expr *other, const char *text);
/* fact_prune.c: drop the facts no branch reachable from `block` reads. */
void prune_dead_facts(struct hm_walk *w, struct path_state *s, int block);
void ahead_cache_free(struct ahead_cache *c);
/* fact_prune.c: drop every fact but those about variables never assigned. */
void drop_facts_but_invariant(struct hm_walk *w, struct path_state *s);
/* Every block reachable from `start`, itself included: a malloc'ed mark array. */
unsigned char *reachable_from(const struct ir_function *fn, int start);
/* call_facts.c: a fact about memory the call is not handed outlives it. */
bool call_keeps_memory_fact(struct hm_walk *w, const struct ir_call *call,
			    const struct branch_fact *f);
/* The facts about address-taken variables the call may write are dropped. */
void expire_address_taken_facts(struct hm_walk *w, struct path_state *s,
				const struct ir_call *call);
/* The facts reading var's value expire; `&var` alone is no read of it. */
void expire_facts_reading_value(struct hm_walk *w, struct path_state *s, int var);
/* A local structure whose address only ever goes to calls. */
bool call_frame_object(struct hm_walk *w, int var);
/* Any local whose address only ever goes to calls (a scalar too). */
bool call_frame_local(struct hm_walk *w, int var);
/* A store into a member of one: only the facts read through it expire. */
bool expire_frame_store(struct hm_walk *w, struct path_state *s,
			const struct ir_expr *target);
int branch_sides(struct hm_walk *w, const struct path_state *s,
		 const struct ir_block *b);
/* The call whose result a branch tests, made just before in its block. */
/* lock_guard.c: a context entered on one side of a test, and that test again. */
void lock_guard_note(struct hm_walk *w, struct context_depth *c);
int lock_guard_sides(struct hm_walk *w, const struct path_state *s,
		     const struct ir_block *b);
/*
 * context_guard.c: the same for a lock a callee took on one side of its
 * test of a member of an argument.  In a summary walk, each return's
 * context changes per side of the entry guard; in the caller, the depth
 * before the call (context_guard_held), then the lock marked with the
 * member after it; at a branch, the side it takes (1 true, 2 false) or 0.
 */
struct summary;
struct summary_context;
void context_guard_collect(struct hm_walk *w, const struct path_state *s);
int context_guard_held(const struct path_state *s, const char *name);
void context_guard_tag(struct hm_walk *w, struct path_state *s,
		       const struct ir_instr *in, const struct summary *sum,
		       const struct summary_context *c, int held_before);
int context_guard_sides(struct hm_walk *w, const struct context_depth *c,
			const struct ir_block *b);
/* Entered or left on one side of the entry guard only (extern.c). */
bool context_guard_one_side(const struct summary *sum,
			    const struct summary_context *c);
const struct ir_call *branch_predicate_call(const struct hm_walk *w,
					    const struct ir_block *b);
/* `chosen`: the path could have gone the other way (a note names it). */
void branch_record(struct hm_walk *w, struct path_state *s,
		   const struct ir_block *b, bool value, bool chosen);
/* difference_facts.c: `x -= y` where the path said `y < x`: x > 0 after. */
bool difference_positive(struct hm_walk *w, const struct path_state *s,
			 const struct ir_instr *in);
void difference_add_fact(struct hm_walk *w, struct path_state *s,
			 const struct ir_instr *in);

/* summary.c */
struct summary_table *summary_table_new(void);
void summary_table_free(struct summary_table *t);
/* The summary of a function with a body, computed on first request. */
const struct summary *summary_of(struct analysis *an, const struct ir_function *fn);
bool summary_done(struct analysis *an, const char *name);
const struct summary *summary_found(struct analysis *an,
				    const struct ir_function *fn);
void summary_collect_return(struct hm_walk *w, const struct path_state *s,
			    const struct ir_expr *value);
void summary_note_sleep(struct hm_walk *w, const struct path_state *s,
			const char *chain, struct ir_loc loc, bool fault);
void summary_note_unmap(struct hm_walk *w, struct path_state *s,
			const struct unmap_target *t, enum map_family family);
void summary_note_unmap_sleep(struct hm_walk *w, const char *chain,
			      struct ir_loc loc);
void summary_finish(struct hm_walk *w);
void summary_note_depth(struct hm_walk *w, const struct path_state *s,
			struct ir_loc loc);
void summary_apply(struct hm_walk *w, struct path_state *s,
		   const struct ir_instr *in, const struct summary *sum);

/* extern.c: functions defined in other files */
struct extern_table *extern_table_new(void);
void extern_table_free(struct extern_table *t);
/* A call to a function without a body here: its summary applied, or NULL. */
const struct summary *call_extern(struct hm_walk *w, struct path_state *s,
				  const struct ir_instr *in);
/*
 * A call to a function of this unit that calls functions defined elsewhere;
 * records `first` on are the mappings the call handed back.
 */
void extern_calls_of_callee(struct hm_walk *w, struct path_state *s,
			    const struct ir_instr *in, const struct summary *sum,
			    int first);
/* After the unit: each main-file function's facts to opts.summarized. */
void extern_report_facts(struct analysis *an);
/* The summary of `name` elsewhere (`need`: as for a call holding an
   atomic mapping, found on demand), or NULL. */
const struct summary *extern_summary_known(struct analysis *an,
					   const char *name, bool need);

#endif
