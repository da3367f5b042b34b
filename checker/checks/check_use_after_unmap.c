// SPDX-License-Identifier: GPL-2.0
/*
 * check_use_after_unmap.c - rule `use-after-unmap`: memory accessed through
 * an address whose mapping was released (the page may now be mapped
 * elsewhere, or not at all), or such an address passed to a call.  Passing
 * it to an unmap is the unbalanced rule's business; printing it is harmless.
 */
#include <string.h>
#include "checks/checks.h"

static bool harmless_callee(const char *name)
{
	static const char *const prefixes[] = {
		"pr_", "printk", "dev_", "WARN", "trace_", "no_printk", NULL,
	};
	int i;

	if (!name)
		return false;
	for (i = 0; prefixes[i]; i++)
		if (!strncmp(name, prefixes[i], strlen(prefixes[i])))
			return true;
	return false;
}

static void use_after_unmap(const struct hm_event *ev)
{
	const struct map_record *r = &ev->state->records[ev->record];
	const char *what = ev->var >= 0 ? ev->fn->vars[ev->var].name : "the address";
	struct diag_report *rep;

	if (r->live || r->used_after_release)
		return;
	if (ev->kind == HM_EVENT_USE && harmless_callee(ev->name))
		return;
	if (ev->kind == HM_EVENT_DEREF)
		rep = hm_report(ev, "use-after-unmap", ev->loc,
				"'%s' is dereferenced after its mapping was "
				"released", what);
	else
		rep = hm_report(ev, "use-after-unmap", ev->loc,
				"'%s' is passed to %s() after its mapping was "
				"released", what, ev->name ? ev->name : "a call");
	if (r->foreign) {
		diag_note(rep, r->unmap_site, "the mapping (made outside this "
			  "function) was released here; unmap after the last use");
	} else {
		diag_note(rep, r->unmap_site, "the mapping was released here");
		diag_note(rep, r->site, "and had been made here by %s(); unmap "
			  "after the last use", r->api_name);
	}
	/* The loop iterations and branches that lead from the map to the use. */
	hm_note_path(rep, ev->state, r->decisions_before);
	diag_end(rep);
}

void check_use_after_unmap_register(void)
{
	hm_add_hook(HM_EVENT_DEREF, use_after_unmap);
	hm_add_hook(HM_EVENT_USE, use_after_unmap);
}
