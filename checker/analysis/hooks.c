// SPDX-License-Identifier: GPL-2.0
/*
 * hooks.c - the checks' subscriptions to events, and the reporting helpers
 * they use.  Whether a function may report is decided here, once: only
 * main-file functions do, never after their step budget ran out, and never
 * from a state that lost facts over a block's budget (walk.c).
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include "analysis/walk.h"

#define HM_MAX_HOOKS	16

static hm_hook hooks[HM_EVENT_COUNT][HM_MAX_HOOKS];
static int nhooks[HM_EVENT_COUNT];

void hm_add_hook(enum hm_event_kind kind, hm_hook hook)
{
	if (kind >= HM_EVENT_COUNT || nhooks[kind] == HM_MAX_HOOKS) {
		fprintf(stderr, "hmcheck: too many hooks for event %d\n", kind);
		return;
	}
	hooks[kind][nhooks[kind]++] = hook;
}

void hm_event_init(struct hm_event *ev, struct hm_walk *w,
		   const struct path_state *s, enum hm_event_kind kind,
		   struct ir_loc loc)
{
	memset(ev, 0, sizeof(*ev));
	ev->kind = kind;
	ev->walk = w;
	ev->state = s;
	ev->fn = w->fn;
	ev->loc = loc;
	ev->record = -1;
	ev->var = -1;
	ev->lost_record = -1;
}

void hm_fire(struct hm_event *ev)
{
	int i;

	for (i = 0; i < nhooks[ev->kind]; i++)
		hooks[ev->kind][i](ev);
}

struct diag_report *hm_report(const struct hm_event *ev, const char *rule,
			      struct ir_loc loc, const char *fmt, ...)
{
	struct hm_walk *w = ev->walk;
	char message[512];
	va_list ap;

	if (!w->reporting || w->stopped)
		return NULL;
	if (ev->state && ev->state->imprecise) {
		w->held_back++;
		return NULL;
	}
	va_start(ap, fmt);
	vsnprintf(message, sizeof(message), fmt, ap);
	va_end(ap);
	return diag_begin(w->an->diag, rule, loc, "%s", message);
}

/* At most this many decisions are worth a reader's time. */
#define HM_NOTED_DECISIONS	4

/*
 * A macro that tests its condition twice (wait_event*(): once before
 * queueing, once in the loop) gives two decisions at one spelling
 * location; the reader sees one.
 */
static bool same_note(const struct path_decision *a,
		      const struct path_decision *b)
{
	return a && a->value == b->value && a->loc.line == b->loc.line &&
	       a->loc.col == b->loc.col && a->loc.file == b->loc.file &&
	       a->text && b->text && !strcmp(a->text, b->text);
}

void hm_note_path(struct diag_report *r, const struct path_state *s, int since)
{
	const struct path_decision *last = NULL;
	int first = s->ndecisions - HM_NOTED_DECISIONS, i;

	if (!r)
		return;
	if (first < since)
		first = since;
	if (first < s->ndecisions - HM_MAX_DECISIONS)
		first = s->ndecisions - HM_MAX_DECISIONS;
	for (i = first; i < s->ndecisions; i++) {
		const struct path_decision *d =
			&s->decisions[i % HM_MAX_DECISIONS];

		if (!d->loc.line || same_note(last, d))
			continue;
		diag_note(r, d->loc, "taking the %s branch of '%s'",
			  d->value ? "true" : "false", d->text);
		last = d;
	}
}

const char *hm_family_name(enum map_family family)
{
	switch (family) {
	case FAMILY_LOCAL:
		return "kmap_local";
	case FAMILY_ATOMIC:
		return "kmap_atomic";
	case FAMILY_PKMAP:
		return "kmap";
	default:
		return "mapping";
	}
}

const char *hm_family_unmap(enum map_family family)
{
	switch (family) {
	case FAMILY_LOCAL:
		return "kunmap_local";
	case FAMILY_ATOMIC:
		return "kunmap_atomic";
	case FAMILY_PKMAP:
		return "kunmap";
	default:
		return "the unmap";
	}
}

const char *hm_record_unmap(const struct map_record *r)
{
	return r->release ? r->release : hm_family_unmap(r->family);
}
