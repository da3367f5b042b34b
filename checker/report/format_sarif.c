// SPDX-License-Identifier: GPL-2.0
/*
 * format_sarif.c - --format=sarif: one SARIF 2.1.0 document for the run,
 * as GitHub code scanning and other viewers read it.  The rules come from
 * hm_rules[]; each result carries its notes twice: as relatedLocations (to
 * be clicked) and as a codeFlow (the path from the mapping to the report).
 */
#define _GNU_SOURCE
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include "diag_internal.h"
#include "json_writer.h"

#define SARIF_SCHEMA "https://json.schemastore.org/sarif-2.1.0.json"
#define FINGERPRINT_NAME "hmcheck/v1"

/* A URI reference: keep unreserved characters and '/', escape the rest. */
static char *uri_of(const char *path)
{
	char *uri = diag_must(malloc(3 * strlen(path) + 1)), *p = uri;

	for (; *path; path++) {
		unsigned char c = *path;

		if (isalnum(c) || strchr("-._~/:", c))
			*p++ = c;
		else
			p += sprintf(p, "%%%02X", c);
	}
	*p = '\0';
	return uri;
}

static void text_object(struct json_writer *w, const char *key, const char *text)
{
	json_key(w, key);
	json_object(w);
	json_key_text(w, "text", text);
	json_end_object(w);
}

static void physical_location(struct json_writer *w, const struct diag *d,
			      const struct diag_place *place)
{
	char *path = relative_path(d->srcroot, place->file ? place->file : "");
	char *uri = uri_of(path), *absolute;

	if (path[0] == '/') {		/* outside the source root: a file: URI */
		if (asprintf(&absolute, "file://%s", uri) < 0)
			abort();
		free(uri);
		uri = absolute;
	}

	json_key(w, "physicalLocation");
	json_object(w);
	json_key(w, "artifactLocation");
	json_object(w);
	json_key_text(w, "uri", uri);
	if (d->srcroot && path[0] != '/')
		json_key_text(w, "uriBaseId", "SRCROOT");
	json_end_object(w);
	if (place->line) {
		json_key(w, "region");
		json_object(w);
		json_key_number(w, "startLine", place->line);
		if (place->col)
			json_key_number(w, "startColumn", place->col);
		json_end_object(w);
	}
	json_end_object(w);
	free(uri);
	free(path);
}

/* A note with no place of its own belongs to the warning's line. */
static const struct diag_place *note_place(const struct diag_report *r, int i)
{
	return r->notes[i].place.line ? &r->notes[i].place : &r->place;
}

static void related_locations(struct json_writer *w, const struct diag_report *r)
{
	int i;

	json_key(w, "relatedLocations");
	json_array(w);
	for (i = 0; i < r->nnotes; i++) {
		json_object(w);
		json_key_number(w, "id", i);
		physical_location(w, r->diag, note_place(r, i));
		text_object(w, "message", r->notes[i].text);
		json_end_object(w);
	}
	json_end_array(w);
}

static void flow_step(struct json_writer *w, const struct diag_report *r,
		      const struct diag_place *place, const char *text)
{
	json_object(w);
	json_key(w, "location");
	json_object(w);
	physical_location(w, r->diag, place);
	text_object(w, "message", text);
	json_end_object(w);
	json_end_object(w);
}

/* The notes in order, then the report itself: the path to the bug. */
static void code_flows(struct json_writer *w, const struct diag_report *r)
{
	int i;

	json_key(w, "codeFlows");
	json_array(w);
	json_object(w);
	json_key(w, "threadFlows");
	json_array(w);
	json_object(w);
	json_key(w, "locations");
	json_array(w);
	for (i = 0; i < r->nnotes; i++)
		flow_step(w, r, note_place(r, i), r->notes[i].text);
	flow_step(w, r, &r->place, r->message);
	json_end_array(w);
	json_end_object(w);
	json_end_array(w);
	json_end_object(w);
	json_end_array(w);
}

static void result(struct json_writer *w, const struct diag_report *r)
{
	json_object(w);
	json_key_text(w, "ruleId", hm_rules[r->rule].name);
	json_key_number(w, "ruleIndex", r->rule);
	json_key_text(w, "level", "warning");
	text_object(w, "message", r->message);
	json_key(w, "locations");
	json_array(w);
	json_object(w);
	physical_location(w, r->diag, &r->place);
	json_end_object(w);
	json_end_array(w);
	if (r->nnotes) {
		related_locations(w, r);
		code_flows(w, r);
	}
	json_key(w, "partialFingerprints");
	json_object(w);
	json_key_text(w, FINGERPRINT_NAME, r->fingerprint);
	json_end_object(w);
	json_end_object(w);
}

/* The first paragraph of the --explain text: what the rule finds. */
static void first_paragraph(struct json_writer *w, const char *key, const char *text)
{
	const char *end = strstr(text, "\n\n");
	char *paragraph = diag_must(strndup(text, end ? (size_t)(end - text) : strlen(text)));

	text_object(w, key, paragraph);
	free(paragraph);
}

static void rule(struct json_writer *w, const struct rule_info *info)
{
	json_object(w);
	json_key_text(w, "id", info->name);
	json_key_text(w, "name", info->name);
	text_object(w, "shortDescription", info->summary);
	first_paragraph(w, "fullDescription", info->explain);
	text_object(w, "help", info->explain);
	json_key(w, "defaultConfiguration");
	json_object(w);
	json_key_text(w, "level", "warning");
	json_key(w, "enabled");
	json_bool(w, info->default_on);
	json_end_object(w);
	json_end_object(w);
}

static void driver(struct json_writer *w)
{
	const struct rule_info *info;

	json_key(w, "tool");
	json_object(w);
	json_key(w, "driver");
	json_object(w);
	json_key_text(w, "name", "hmcheck");
	json_key_text(w, "version", HMCHECK_VERSION);
	json_key_text(w, "informationUri", "https://www.kernel.org/doc/html/latest/mm/highmem.html");
	json_key(w, "rules");
	json_array(w);
	for (info = hm_rules; info->name; info++)
		rule(w, info);
	json_end_array(w);
	json_end_object(w);
	json_end_object(w);
}

static void base_ids(struct json_writer *w, const struct diag *d)
{
	char *path, *uri;

	if (!d->srcroot)
		return;
	if (asprintf(&path, "file://%s/", d->srcroot) < 0)
		abort();
	uri = uri_of(path);
	json_key(w, "originalUriBaseIds");
	json_object(w);
	json_key(w, "SRCROOT");
	json_object(w);
	json_key_text(w, "uri", uri);
	json_end_object(w);
	json_end_object(w);
	free(uri);
	free(path);
}

void print_sarif(FILE *out, struct diag *d)
{
	struct json_writer w;
	int i;

	json_begin(&w, out);
	json_object(&w);
	json_key_text(&w, "$schema", SARIF_SCHEMA);
	json_key_text(&w, "version", "2.1.0");
	json_key(&w, "runs");
	json_array(&w);
	json_object(&w);
	driver(&w);
	base_ids(&w, d);
	json_key(&w, "results");
	json_array(&w);
	for (i = 0; i < d->nkept; i++)
		result(&w, d->kept[i]);
	json_end_array(&w);
	json_end_object(&w);
	json_end_array(&w);
	json_end_object(&w);
	fputc('\n', out);
}
