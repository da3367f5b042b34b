// SPDX-License-Identifier: GPL-2.0
/*
 * callback_only.c - static helpers that run only inside callbacks.  A
 * tasklet's locked helper that waits `if (!in_softirq())` never waits:
 * its every caller runs in softirq.  Walked as an ordinary function
 * (process context, only its own lock held), it would be reported.
 *
 * A function is run only from one registration's context when it is
 * static, the unit's own code never names it but to call it (or, for a
 * registered function, to register it, every time with that context),
 * and each of its calls is made by such a function of the same context.
 * Then no other code can reach it: it is walked from that context, as
 * its callbacks are, and its ordinary walk only makes its summary.  The
 * largest such set is kept: a helper that only calls itself stays in it.
 */
#include <stdlib.h>
#include <string.h>
#include "frontend.h"
#include "analysis/walk.h"
#include "analysis/callback.h"

struct only_node {
	const struct ir_function *fn;
	const struct callback_start *start;	/* its registration, or NULL */
	const struct callback_start *from;	/* the registration it runs in */
	bool in;
};

struct only_edge {
	int caller, callee;
};

static int node_of(const struct only_node *nodes, int n,
		   const struct ir_function *fn)
{
	int i;

	for (i = 0; fn && i < n; i++)
		if (nodes[i].fn == fn)
			return i;
	return -1;
}

static void find_nodes(struct analysis *an, struct only_node *nodes, int n,
		       const struct callback_start *starts, int nstarts)
{
	int i, j;

	for (i = 0; i < n; i++) {
		const struct ir_function *fn = tu_function_at(an->tu, i);
		int uses;

		nodes[i].fn = fn;
		if (!fn || !fn->is_static || fn->nblocks <= 0 || !fn->in_main_file)
			continue;
		uses = tu_function_address_uses(an->tu, fn->name);
		for (j = 0; j < nstarts; j++)
			if (starts[j].fn == fn)
				nodes[i].start = &starts[j];
		if (nodes[i].start)
			nodes[i].in = !nodes[i].start->mixed &&
				      uses == nodes[i].start->registrations;
		else
			nodes[i].in = uses == 0;
		nodes[i].from = nodes[i].in ? nodes[i].start : NULL;
	}
}

static struct only_edge *find_edges(struct analysis *an,
				    const struct only_node *nodes, int n,
				    int *nedges)
{
	struct only_edge *edges = NULL;
	int f, b, i, callee;

	*nedges = 0;
	for (f = 0; f < n; f++) {
		const struct ir_function *fn = nodes[f].fn;

		for (b = 0; fn && b < fn->nblocks; b++)
			for (i = 0; i < fn->blocks[b].ninstrs; i++) {
				const struct ir_instr *in = &fn->blocks[b].instrs[i];

				if (in->op != IR_CALL || !in->call.callee)
					continue;
				callee = node_of(nodes, n,
						 tu_function(an->tu, in->call.callee));
				if (callee < 0 || !nodes[callee].in)
					continue;
				edges = xrealloc(edges, (*nedges + 1) * sizeof(*edges));
				edges[(*nedges)++] = (struct only_edge){ f, callee };
			}
	}
	return edges;
}

/* One pass: false when nothing changed. */
static bool narrow(struct only_node *nodes, const struct only_edge *edges,
		   int nedges)
{
	bool changed = false;
	int e;

	for (e = 0; e < nedges; e++) {
		const struct only_node *caller = &nodes[edges[e].caller];
		struct only_node *callee = &nodes[edges[e].callee];

		if (!callee->in)
			continue;
		if (!caller->in) {
			callee->in = false;
			changed = true;
		} else if (caller->from && !callee->from) {
			callee->from = caller->from;
			changed = true;
		} else if (caller->from &&
			   !same_context(caller->from->api, callee->from->api)) {
			callee->in = false;
			changed = true;
		}
	}
	return changed;
}

void callback_only_callers(struct analysis *an, struct callback_start **starts,
			   int *n)
{
	int count = tu_nfunctions(an->tu), nedges, i, nhelpers = 0;
	struct only_node *nodes;
	struct callback_start *helpers;
	struct only_edge *edges;

	if (!*n)
		return;		/* no registration: nothing runs from one */
	nodes = xcalloc(count + 1, sizeof(*nodes));
	helpers = xcalloc(count + 1, sizeof(*helpers));
	find_nodes(an, nodes, count, *starts, *n);
	edges = find_edges(an, nodes, count, &nedges);
	while (narrow(nodes, edges, nedges))
		;
	for (i = 0; i < count; i++) {
		const struct callback_start *from = nodes[i].from;

		if (!nodes[i].in || nodes[i].start || !from)
			continue;
		helpers[nhelpers++] = (struct callback_start){
			.fn = nodes[i].fn, .api = from->api, .loc = from->loc,
			.registered_by = from->registered_by,
			.runs_from = from->runs_from ? from->runs_from :
						       from->fn->name,
		};
	}
	*starts = xrealloc(*starts, (*n + nhelpers + 1) * sizeof(**starts));
	memcpy(*starts + *n, helpers, nhelpers * sizeof(*helpers));
	*n += nhelpers;
	free(helpers);
	free(edges);
	free(nodes);
}
