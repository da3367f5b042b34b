/* SPDX-License-Identifier: GPL-2.0 */
/*
 * model.h - the API model: which calls map, unmap, sleep, enter or leave
 * atomic context.  It is data (the .rules files in rules/), loaded at start;
 * the analysis asks it about every callee by name.
 */
#ifndef HMCHECK_MODEL_H
#define HMCHECK_MODEL_H

#include <stdbool.h>
#include "ir.h"

enum api_kind {
	API_MAP,		/* returns the address of a new mapping */
	API_UNMAP,		/* releases a mapping */
	API_SLEEP,		/* may sleep, always */
	API_ALLOC,		/* may sleep unless its gfp argument forbids it */
	API_ATOMIC_ENTER,	/* enters atomic context (preempt, irq, spin, pagefault) */
	API_ATOMIC_LEAVE,	/* leaves it */
	API_COPY_USER,		/* user copy: never sleeps with page faults disabled,
				   but then may come up short: result must be used */
	API_NORETURN,		/* never returns: BUG(), panic() */
	API_NO_SLEEP,		/* callable in any context: it decides itself
				   whether it may sleep (console_unlock()) */
	API_CALLBACK,		/* registers a function that later runs in a
				   context of its own (timer_setup(): softirq);
				   see model_lookup_callback() */
	API_LAST_REF,		/* drops a reference and is true when it was
				   the last (atomic_dec_and_test()): what the
				   true side frees may sleep, which a caller
				   holding another reference never reaches */
	API_CONTEXT_QUERY,	/* tells whether the path holds one of its
				   contexts (in_atomic(), irqs_disabled()):
				   on its false side nothing sleeps in them */
};

enum map_family {
	FAMILY_NONE,
	FAMILY_LOCAL,		/* kmap_local_*: stack, address argument to unmap */
	FAMILY_ATOMIC,		/* kmap_atomic*: stack + preempt/pagefault off */
	FAMILY_PKMAP,		/* kmap/kunmap: pkmap pool, page argument to unmap */
};

struct api_entry {
	const char *name;	/* function (or macro) name as called */
	enum api_kind kind;
	enum map_family family;	/* MAP, UNMAP */
	int page_arg;		/* MAP: the page/folio/pfn argument; UNMAP pkmap: the
				   page; -1 if none */
	int addr_arg;		/* UNMAP local/atomic: the address argument; else -1 */
	int gfp_arg;		/* ALLOC: which argument holds gfp flags; -1 if none */
	const char *context;	/* ATOMIC_ENTER/LEAVE: "preempt", "irq", "spin",
				   "pagefault", "rcu"... enter and leave pair by it */
	bool deprecated;	/* MAP: the `deprecated` rule names a replacement */
	const char *replacement; /* e.g. "kmap_local_page" */
	const char *file;	/* where the entry was defined, for messages */
	int line;
	bool sleeps;		/* may sleep: every SLEEP entry, and MAP and UNMAP
				   entries marked `sleeps` (kmap waits for a pkmap
				   slot; 6.1's kunmap starts with might_sleep()) */
	bool sleep_ok;		/* ATOMIC_ENTER/LEAVE: sleeping in this context is
				   not a bug by itself (pagefault_disable()) */
	const char *drops;	/* SLEEP: sleeps only with one level of this
				   context dropped (cond_resched_lock() unlocks
				   its lock to sleep); NULL: sleeps as called */
	const char *unless;	/* SLEEP: sleeps only when the path does not
				   hold this context (vfree() defers its work
				   when in_interrupt(): "bh"); NULL: always */
	const char *also;	/* ATOMIC_ENTER/LEAVE: a second context entered
				   or left with the first (spin_lock_bh() takes
				   a lock and disables bottom halves) */
	int fn_arg;		/* CALLBACK: the argument naming the function
				   registered, which runs with `context` (and
				   `also`) held on entry; else -1 */
	const char *release;	/* MAP: the unmap its messages name when not
				   the family's own (kmap_high_get() pairs
				   with kunmap_high()); NULL: the family's */
	const char *sets;	/* ATOMIC_ENTER/LEAVE: the context (its own or
				   `also`) this call switches on or off rather
				   than nesting a level: interrupts are off or
				   on, so local_irq_enable() undoes any number
				   of local_irq_disable() */
	const char *leaves;	/* SLEEP: switches this `sets=` context off
				   (interrupts on) before it sleeps, and returns
				   with it off: legal when it is all the path
				   holds (schedule() with only interrupts
				   disabled); NULL: sleeps as called */
};

struct api_model;

struct api_model *model_new(void);
void model_free(struct api_model *model);

/*
 * Load one rules file.  On a malformed file print "path:line: what is wrong"
 * on stderr and return -1; entries of later files override earlier ones.
 */
int model_load(struct api_model *model, const char *path);

/*
 * After the last model_load(): check what entries say of each other (a
 * map's unmap= must name an unmap of its family).  Prints "path:line: what
 * is wrong" for each and returns -1 if any.
 */
int model_check(const struct api_model *model);

/* Load the bundled rules (next to the binary, the source tree or installed). */
int model_load_default(struct api_model *model);

/* The entry for `name` (a callee or macro name), or NULL if the model has none. */
const struct api_entry *model_lookup(const struct api_model *model, const char *name);

/* model_lookup() as frontend_options.modeled_macro: `model` is the api_model. */
bool model_has_entry(const void *model, const char *name);

/*
 * The `callback` entry for `name`, or NULL.  Callbacks are a table of their
 * own: registering one says nothing about what the call itself does, so
 * model_lookup() never returns them and a name may be in both.
 */
const struct api_entry *model_lookup_callback(const struct api_model *model,
					      const char *name);

/* The loaded rules' text and the checker's version, hashed: see model_fingerprint.c. */
unsigned long long model_fingerprint(const struct api_model *model);

enum gfp_verdict { GFP_UNKNOWN, GFP_MAY_BLOCK, GFP_NO_BLOCK };

/* Whether gfp flags (as written, e.g. "GFP_KERNEL | __GFP_ZERO") allow blocking. */
enum gfp_verdict model_gfp(const struct api_model *model, const struct ir_expr *gfp);

#endif
