/* SPDX-License-Identifier: GPL-2.0 */
/*
 * deref_facts.h - a pointer in memory the path dereferenced is not NULL
 * afterwards (a memory fact `dev->info` true, deref_facts.c).
 */
#ifndef HMCHECK_ANALYSIS_DEREF_FACTS_H
#define HMCHECK_ANALYSIS_DEREF_FACTS_H

#include "ir.h"

struct hm_walk;
struct path_state;
struct branch_fact;

/* The member chains expression `e` surely dereferences. */
void deref_facts_note(struct hm_walk *w, struct path_state *s,
		      const struct ir_expr *e);
/*
 * A store of a number through memory not rooted where fact `f`'s memory
 * is does not change the pointer the fact says is not NULL; nor does a
 * store of a pointer change the numbers of members a fact tests
 * (`phba->rev == 4`).
 */
bool deref_fact_survives_store(const struct branch_fact *f,
			       const struct ir_expr *target);
/* `p->len` read or written: `p` itself is not NULL afterwards. */
void deref_facts_of_var(struct hm_walk *w, struct path_state *s,
			const struct ir_instr *in);
/* Those of an instruction's expressions (a call's: before it is made). */
void deref_facts_of_instr(struct hm_walk *w, struct path_state *s,
			  const struct ir_instr *in);

#endif
