// SPDX-License-Identifier: GPL-2.0
/*
 * format_json.c - --format=json: JSON lines, one object a finding, so that
 * a script can read findings as they come (`jq`, python's json.loads).
 */
#include "diag_internal.h"
#include "json_writer.h"

/* A note with no place of its own belongs to the warning's line. */
static const struct diag_place *note_place(const struct diag_report *r, int i)
{
	return r->notes[i].place.line ? &r->notes[i].place : &r->place;
}

static void place_fields(struct json_writer *w, const struct diag_place *place)
{
	json_key_text(w, "file", place->file ? place->file : "");
	json_key_number(w, "line", place->line);
	json_key_number(w, "col", place->col);
}

void print_json(FILE *out, const struct diag_report *r)
{
	struct json_writer w;
	int i;

	json_begin(&w, out);
	json_object(&w);
	json_key_text(&w, "rule", hm_rules[r->rule].name);
	place_fields(&w, &r->place);
	json_key_text(&w, "message", r->message);
	json_key_text(&w, "function", r->function);
	json_key(&w, "notes");
	json_array(&w);
	for (i = 0; i < r->nnotes; i++) {
		json_object(&w);
		place_fields(&w, note_place(r, i));
		json_key_text(&w, "message", r->notes[i].text);
		json_end_object(&w);
	}
	json_end_array(&w);
	json_key_text(&w, "fingerprint", r->fingerprint);
	json_end_object(&w);
	fputc('\n', out);
}
