/* SPDX-License-Identifier: GPL-2.0 */
/*
 * summary.h - what a call to a function with a body does, as its callers see
 * it: whether it may sleep (and through which calls), whether it hands out a
 * mapping (returned, or stored through a parameter), unmaps one it is given,
 * or enters or leaves atomic context.
 */
#ifndef HMCHECK_ANALYSIS_SUMMARY_H
#define HMCHECK_ANALYSIS_SUMMARY_H

#include <stdbool.h>
#include "ir.h"
#include "model.h"
#include "analysis/state.h"

#define HM_MAX_EFFECTS	4
#define HM_MAX_CALLS_OUT	64	/* calls to other files kept per function */

/* A mapping reached through parameter `param` at `suffix` (see state.h). */
struct summary_effect {
	int param;
	const char *suffix;	/* NULL: the argument itself */
	enum map_family family;
	int returns_with;	/* unmaps, releases: how many returns did it */
	bool holds_page;	/* stores: a kmap()ed page was stored, not its address */
	int page_param;		/* stores: the mapped page's parameter, or -1 */
	bool returned;		/* stores: the mapping is also the one returned */
	bool in_loop;		/* unmaps: an array's elements, in a loop */
	int guard_with[2];	/* unmaps: returns that did it, per side of
				   the entry guard (summary_guard.c) */
	int clears_with;	/* unmaps: returns that also cleared the
				   memory it was held in (summary_clear.c) */
	const char *page_form;	/* unmaps: the page as an expression of
				   parameters (page_form.h); suffix NULL */
};

/* How a return leaves a context (summary_context.switch_seen). */
#define SUMMARY_SWITCH_COUNTED	1	/* by its delta */
#define SUMMARY_SWITCH_ON	2	/* switched on (interrupts on) */
#define SUMMARY_SWITCH_OFF	4	/* off again, after a switch on below
					   the entry */

struct summary_context {
	const char *name;
	int delta;		/* net depth change on return */
	bool mixed;		/* returns disagree: the caller is sure of the
				   least change only */
	int min_delta, max_delta; /* over all returns */
	bool sleep_ok;		/* as the model says of the context */
	/*
	 * context_result.c: the delta of the returns of a zero (0, NULL)
	 * result and of the others; result_seen: bit 0 zero, bit 1 other.
	 */
	unsigned char result_seen;
	bool result_broken;	/* returns of one kind disagree */
	int zero_delta, other_delta;
	/* The SUMMARY_SWITCH_* bits of the returns of each kind. */
	unsigned char zero_switch, other_switch;
	/*
	 * context_guard.c: the delta of the returns on each side of the
	 * entry guard (summary_guard.c), [0] false, [1] true; guard_counted:
	 * how many returns of the side were seen; guard_mixed: bit 1 << side,
	 * returns of that side disagree.
	 */
	int guard_delta[2];
	int guard_counted[2];
	unsigned char guard_mixed;
	/*
	 * context_switch.c: the SUMMARY_SWITCH_* bits of the returns seen.
	 * ON or OFF alone: every return switched the context (interrupts)
	 * so, whatever the caller held, and a caller switches it too.
	 */
	unsigned char switch_seen;
};

/*
 * A test of parameter `param` a sleep needs: testing as `value`, or, if
 * ones or zeros is non-zero, having the bits `ones` all set and `zeros`
 * all clear (`if (gfp & __GFP_DIRECT_RECLAIM)`).  With a suffix, the test
 * is of that member of what the parameter points to ("->info" for
 * `if (dev->info)`, member_guard.c); NULL: the parameter itself.
 */
struct sleep_test {
	int param;
	bool value;
	unsigned long long ones, zeros;
	const char *suffix;	/* interned */
	/*
	 * Tests of one nonzero group in a list all hold for the sleep
	 * (`if (only_active) { if (locked) mutex_lock(); }`):
	 * sleep_guard_join.c.  0: the test alone is enough.
	 */
	unsigned char group;
	/*
	 * The test is `param == constant` (a nonzero constant: zero is the
	 * truth test), `value` its truth: `if (code == SETUP)`, `if (code
	 * != SETUP)`, each path of `code == A || code == B`
	 * (sleep_guard_equals.c).
	 */
	bool equals;
	long long constant;
	/*
	 * A bits test taken the other way: it passes when the bits of
	 * ONES|ZEROS are not exactly ONES (`flags & (A | B)`: ZEROS A|B;
	 * `(flags & M) != V`).  Only calls out keep such a test
	 * (sleep_guard_some.c); a sleep's guard has its one-bit tests.
	 */
	bool differ;
};

#define HM_SLEEP_TESTS	8	/* a guard is any one of so many tests */

/*
 * Sleeps that need any one of the tests any[], or all of a group of them
 * (unguarded: one needs none).
 */
struct sleep_tests {
	bool guarded, unguarded;
	int n;
	struct sleep_test any[HM_SLEEP_TESTS];
};

/*
 * A member of the object a function returns that every return of the
 * object set (`r->waiting = wait; return r;`): to the entry value of
 * parameter `param` (symbolic), or to `value` (returned_members.c).
 */
struct returned_member {
	const char *suffix;	/* "->waiting", interned */
	bool symbolic;
	int param;
	long long value;
};

#define HM_MAX_RETURNED_MEMBERS	4

#define SUMMARY_NONZERO_ONLY	1
#define SUMMARY_NONZERO_NOT	2

enum summary_status { SUMMARY_NEW, SUMMARY_COMPUTING, SUMMARY_DONE };

struct summary {
	const char *name;
	enum summary_status status;
	bool may_sleep;
	char *sleep_chain;	/* "mutex_lock", "helper -> mutex_lock" */
	struct ir_loc sleep_loc;
	/* sleeps only after leaving a context its caller holds (unlock, wait, lock) */
	const char *sleep_after_leaving;
	char *left_sleep_chain;
	struct ir_loc left_sleep_loc;
	/* every such sleep serves a page fault (copy_to_user() after the
	   unlock): a caller with page faults disabled does not sleep there */
	bool left_sleep_fault;
	/* sleeps only in kunmap() of a caller's kmap(): a caller holding a
	   kmap_atomic() there took the other path (sg_miter_stop) */
	char *unmap_sleep_chain;
	struct ir_loc unmap_sleep_loc;
	bool may_fault;		/* sleeps only serving a page fault (user copies) */
	char *fault_chain;
	struct ir_loc fault_loc;
	enum map_family returns_family;	/* FAMILY_NONE: hands out no address */
	int returns_page_param;	/* the returned mapping's page parameter, or -1 */
	bool returns_kmapped_page; /* returns a page it kmap()ed: dir_get_page() */
	int nunmaps;
	struct summary_effect unmaps[HM_MAX_EFFECTS];
	int nstores;
	struct summary_effect stores[HM_MAX_EFFECTS];
	int nreleases;		/* kmap()s of a parameter's page, undone inside */
	struct summary_effect releases[HM_MAX_EFFECTS];
	int ncontexts;
	struct summary_context contexts[HM_MAX_CONTEXTS];
	int peak_depth;		/* most local/atomic mappings it nests at once */
	struct ir_loc peak_loc;	/* the map that reaches it */
	int nreturns;		/* paths that returned */
	/*
	 * A helper that hands a mapping over on some returns only (`int
	 * get(..., void **out)` failing with -EIO, `struct page *get(...)`
	 * failing with ERR_PTR): its callers test the result first.
	 */
	bool maps_conditionally;
	int effect_returns, plain_returns;
	bool complete;		/* the walk was not cut short */
	/*
	 * Calls to functions defined in other files, made outside atomic
	 * context of its own: it sleeps if they do (see extern.c).
	 */
	int ncalls_out;
	struct function_call_out *calls_out;
	bool returns_pointer;	/* an external summary: its text says */
	/*
	 * returned_members.c: 0 no return of an object seen, 1 the members
	 * below were set on each, 2 a return of something else.
	 */
	unsigned char returned_seen;
	int nreturned_members;
	struct returned_member returned_members[HM_MAX_RETURNED_MEMBERS];
	/*
	 * Every sleep needs one of the tests sleep_tests[] of a parameter
	 * (sleep_guard.c): a caller passing constants that fail them all does
	 * not sleep.
	 */
	bool sleep_guarded;
	bool sleep_unguarded;	/* a sleep without that guard was seen */
	/*
	 * param_result.c: the unchanged parameters whose truth the path of
	 * every return that may be nonzero tested (bit i: parameter i, true
	 * or false), once a first such return was seen.
	 */
	bool nonzero_seen;
	unsigned nonzero_if_true, nonzero_if_false;
	int nsleep_tests;
	struct sleep_test sleep_tests[HM_SLEEP_TESTS];
	bool external;		/* of a function defined in another file */
	/*
	 * Sleeps only where its caller does not hold this context (vfree()
	 * defers its work when in_interrupt(): "bh", see sleep_unless.c).
	 */
	const char *sleep_unless;
	char *unless_sleep_chain;
	struct ir_loc unless_sleep_loc;
	/*
	 * The test its first branch makes of a member reached through a
	 * parameter (`if (dev->state)`), before it writes or calls anything:
	 * the returns on each side (summary_guard.c).
	 */
	bool has_guard;
	bool guard_broken;	/* a return passed no side of it */
	int guard_param;
	const char *guard_suffix; /* "->state" */
	int guard_returns[2];	/* [0] false side, [1] true side */
	unsigned char result_classes; /* context_result.c: kinds of results
					 returned so far, as result_seen */
	/*
	 * last_ref.c: sleeps only after a test that it dropped the last
	 * reference (put_event() freeing with a mutex): a caller in atomic
	 * context holds another one, by the kernel's convention.
	 */
	char *last_ref_sleep_chain;
	struct ir_loc last_ref_sleep_loc;
	/*
	 * The tests of parameters the sleeps after leaving a caller's context
	 * need, as sleep_tests[] for may_sleep: packet_notifier() calls
	 * __unregister_prot_hook(sk, false), which drops the caller's lock
	 * and sleeps only when `sync`.
	 */
	struct sleep_tests left_guard;
	/*
	 * left_levels.c: how far below the entry, per context, the sleeps
	 * after leaving come (the least of them): a caller holding only what
	 * they left does not sleep in atomic context.  Not known: one level
	 * of sleep_after_leaving (a summary text without them).
	 */
	bool has_left_levels;
	int nleft_levels;
	struct context_level left_levels[HM_MAX_CONTEXTS];
	/*
	 * pointee_guard.c: SUMMARY_NONZERO_ONLY every return so far gave a
	 * nonzero constant (`return true;`), SUMMARY_NONZERO_NOT one gave
	 * something else; 0 none seen.
	 */
	unsigned char returns_nonzero;
	/*
	 * handed_result.c: the kinds of result (as result_seen) of the
	 * returns that handed a mapping over, and of those that did not; a
	 * result not surely zero or not zero counts as both.
	 */
	unsigned char handed_results, plain_results;
};

/* summary_text.c: the database's form of a summary, and back. */
char *summary_to_text(const struct summary *sum, bool returns_pointer);
/* NULL if the text is not one; strings are interned in `strings`. */
struct summary *summary_from_text(const char *name, const char *text,
				  struct intern_table *strings);
void summary_free(struct summary *sum);

struct hm_walk;
struct path_state;
/* The caller's memory text for argument `arg` followed by `suffix`. */
const char *summary_translate(struct hm_walk *w, const struct ir_expr *arg,
			      const char *suffix);
/*
 * A callee's own callee unmaps the parameter on some paths only: the callee
 * does so too, on none of its returns for sure.
 */
struct unmap_target;
void summary_note_maybe_unmap(struct hm_walk *w, const struct unmap_target *t,
			      enum map_family family);
/* A callee kmap()ed the caller's page for its effect: see summary_pass.c. */
void summary_kmapped_for_effect(struct hm_walk *w, struct path_state *s,
				int record);
/* A mapping in memory passed to a function without a body: see summary_pass.c. */
void handover_to_opaque_call(struct hm_walk *w, struct path_state *s,
			     const struct ir_instr *in);
/*
 * summary_clear.c: a store into a parameter's memory that an unmap effect
 * of this path released (`value`: the record stored, or < 0), and in the
 * caller, a callee's sure clear of that memory.
 */
void summary_note_clear(struct hm_walk *w, struct path_state *s,
			const struct ir_expr *target, int value);
void summary_collect_clears(struct summary *sum, const struct path_state *s);
void summary_apply_clear(struct hm_walk *w, struct path_state *s,
			 const struct summary *sum,
			 const struct summary_effect *e,
			 const struct unmap_target *t);
/*
 * context_result.c: contexts a callee changes according to its result.
 * Each return sorts its context changes by result; a call links the
 * unsure levels to the variable receiving the result; a branch on it, or
 * a write to it, settles or drops the link.
 */
/* How the path's return leaves a context: a SUMMARY_SWITCH_* bit. */
unsigned char summary_context_switch(const struct path_state *s,
				     const char *name);
void context_result_collect(struct hm_walk *w, const struct path_state *s,
			    const struct ir_expr *value);
bool context_result_switches_on(const struct summary_context *c);
void context_result_link(struct path_state *s, const struct ir_instr *in,
			 const struct summary_context *c);
void context_result_branch(struct path_state *s, const struct ir_expr *cond,
			   bool value);
void context_result_forget(struct path_state *s, int var);
/* The kinds of result a return gives (0 void); *var: a variable not known. */
int context_result_class(struct hm_walk *w, const struct path_state *s,
			 const struct ir_expr *value, int *var);
/*
 * handed_result.c: which results the returns handing a mapping over gave;
 * a caller's mapping made only on a nonzero int result.
 */
void handed_result_collect(struct hm_walk *w, const struct path_state *s,
			   const struct ir_expr *value, bool effect,
			   bool unsettled);
bool handed_on_nonzero(const struct summary *sum);

/*
 * left_levels.c: the levels of the path's sleep below its function's entry
 * (`left`: what note_sleep found it left), the least of two sleeps', and
 * at a call, the caller's view of its callee's: atomic there, or for the
 * caller's own summary, a sleep so far below its entry.
 */
int left_levels_of_state(const struct path_state *s, const char *left,
			 struct context_level *out);
void left_levels_merge(struct summary *sum, const struct context_level *levels,
		       int n);
bool left_levels_atomic(const struct path_state *s, const struct summary *sum);
struct sleep_guard;
void left_levels_pass_on(struct hm_walk *w, const struct path_state *s,
			 const struct summary *sum,
			 const char *chain, const struct sleep_guard *guard);
void summary_note_left_sleep(struct hm_walk *w, const struct path_state *s,
			     const char *chain, struct ir_loc loc, bool fault,
			     const struct sleep_guard *guard,
			     const struct context_level *levels, int n);

/* A mapping the caller passes that the callee stores in the caller's memory. */
void summary_apply_param_stores(struct hm_walk *w, struct path_state *s,
				const struct ir_instr *in,
				const struct summary *sum);

#endif
