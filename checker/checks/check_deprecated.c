// SPDX-License-Identifier: GPL-2.0
/*
 * check_deprecated.c - rule `deprecated` (advisory, off by default):
 * kmap_atomic*() and kmap() have better replacements, named by the model.
 */
#include "checks/checks.h"

static void deprecated_call(const struct hm_event *ev)
{
	const struct api_entry *api = ev->api;
	struct diag_report *rep;

	if (!api || api->kind != API_MAP || !api->deprecated)
		return;
	rep = hm_report(ev, "deprecated", ev->loc,
			"%s() is deprecated: use %s() instead",
			ev->name, api->replacement ? api->replacement :
			"kmap_local_page");
	diag_end(rep);
}

void check_deprecated_register(void)
{
	hm_add_hook(HM_EVENT_CALL, deprecated_call);
}
