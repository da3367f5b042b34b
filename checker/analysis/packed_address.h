/* SPDX-License-Identifier: GPL-2.0 */
/*
 * packed_address.h - a mapping's address kept in an integer together with
 * flag bits: `c->vaddr = flags | (unsigned long)vaddr`.
 */
#ifndef HMCHECK_ANALYSIS_PACKED_ADDRESS_H
#define HMCHECK_ANALYSIS_PACKED_ADDRESS_H

struct hm_walk;
struct path_state;
struct ir_expr;

/* The record whose address `e` packs with flag bits, or -1. */
int packed_address_value(struct hm_walk *w, const struct path_state *s,
			 const struct ir_expr *e);

#endif
