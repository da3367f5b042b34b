/* SPDX-License-Identifier: GPL-2.0 */
/*
 * loops.h - the loops of a function's graph, found once per walk.
 *
 * The walk assumes that a loop entered from outside runs at least once.
 * A path through zero iterations of `for (i = 0; i < n; i++)` is rarely
 * meant and, taken literally, turns every "map before, unmap inside" or
 * "map inside, use after" loop into a report nobody would act on.
 */
#ifndef HMCHECK_ANALYSIS_LOOPS_H
#define HMCHECK_ANALYSIS_LOOPS_H

#include <stdbool.h>
#include "ir.h"

struct loop_info {
	int nblocks;
	signed char *entry_side;	/* per block: the successor (0, 1) that
					   enters the loop it heads, or -1 */
	unsigned char **body;		/* per loop head: which blocks are in it */
};

void loops_find(const struct ir_function *fn, struct loop_info *loops);
void loops_free(struct loop_info *loops);
/* The successors a branch may take when reached from block `from` (-1: entry). */
int loops_restrict(const struct loop_info *loops, int block, int from, int sides);

/*
 * Whether a mapping made at `map_block` and released at `unmap_block` is
 * made in one loop and released in another: how many of the first loop's
 * mappings the second releases is then unknown.
 */
bool loops_across(const struct loop_info *loops, int map_block, int unmap_block);
/*
 * Whether an unmap at `unmap_block` sits in a loop that does not hold the
 * map at `map_block`, itself made in a loop: `kunmap_local(ptrs[i])` in an
 * inner loop releases some of the outer iteration's array, how many unknown.
 */
bool loops_unmap_apart(const struct loop_info *loops, int map_block,
		       int unmap_block);
/* Whether the branch ending `block` may leave a loop that holds it. */
bool loops_branch_exits(const struct loop_info *loops,
			const struct ir_function *fn, int block);

#endif
