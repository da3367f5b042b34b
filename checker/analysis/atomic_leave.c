// SPDX-License-Identifier: GPL-2.0
/*
 * atomic_leave.c - whether a pagefault_enable() or preempt_enable() can only
 * run after the function's own kmap_atomic().
 *
 * kunmap_atomic() re-enables page faults and preemption, so leaving them
 * again after it, with nothing left to pair with on the path, is leaving
 * twice (`kmap_atomic(); kunmap_atomic(); pagefault_enable();`).  But a
 * function may also leave a level its caller entered: zsmalloc's
 * __zs_unmap_object() ends with pagefault_enable() to match its caller's
 * pagefault_disable(), on its early `goto out` too.  When the leave is
 * reachable from the entry without any kmap_atomic() of this function, the
 * level it leaves is the caller's, on every path, and only then.
 */
#include <stdlib.h>
#include "analysis/walk.h"
#include "analysis/util.h"

static bool atomic_map(struct hm_walk *w, int block, const struct ir_instr *in)
{
	const struct api_entry *api;
	const char *name;
	int saved = w->block;

	if (in->op != IR_CALL)
		return false;
	w->block = block;
	api = call_api(w, in, &name);
	w->block = saved;
	return api && api->kind == API_MAP && api->family == FAMILY_ATOMIC;
}

/*
 * Scans a block up to `leave` or its end: 1 the leave is reached, -1 an
 * atomic map comes first, 0 neither.
 */
static int scan_block(struct hm_walk *w, int block, const struct ir_instr *leave)
{
	const struct ir_block *b = &w->fn->blocks[block];
	int i;

	for (i = 0; i < b->ninstrs; i++) {
		if (&b->instrs[i] == leave)
			return 1;
		if (atomic_map(w, block, &b->instrs[i]))
			return -1;
	}
	return 0;
}

bool leave_follows_own_atomic_map(struct hm_walk *w, const struct ir_instr *leave)
{
	const struct ir_function *fn = w->fn;
	unsigned char *seen = xcalloc((size_t)fn->nblocks + 1, 1);
	int *stack = xcalloc((size_t)fn->nblocks + 1, sizeof(*stack));
	int n = 0, i, found = 0;

	if (fn->nblocks) {
		seen[0] = 1;
		stack[n++] = 0;
	}
	while (n && !found) {
		int block = stack[--n];
		const struct ir_term *term = &fn->blocks[block].term;
		int scan = scan_block(w, block, leave);

		found = scan > 0;
		if (scan)
			continue;
		for (i = 0; i < ir_term_nsuccs(term); i++) {
			int next = term->succ[i];

			if (next >= 0 && next < fn->nblocks && !seen[next]) {
				seen[next] = 1;
				stack[n++] = next;
			}
		}
	}
	free(stack);
	free(seen);
	return !found;
}
