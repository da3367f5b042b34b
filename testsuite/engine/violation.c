// SPDX-License-Identifier: GPL-2.0
/*
 * violation.c - what the kernel would BUG() or WARN() on, recorded.  In
 * record mode tests read the list; in abort mode the first one is printed
 * and the process aborts, like BUG().  The list is a fixed array, because
 * the fault handler records into it from a signal handler: no malloc.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "internal.h"

#define MAX_VIOLATIONS	4096

static struct hm_violation violations[MAX_VIOLATIONS];
static int nr_violations;
static int nr_dropped;
static pthread_mutex_t violation_lock = PTHREAD_MUTEX_INITIALIZER;

static void print_one(const struct hm_violation *v)
{
	if (v->file)
		fprintf(stderr, "%s:%d: %s: %s\n", v->file, v->line, v->rule, v->message);
	else
		fprintf(stderr, "pc %p: %s: %s\n", v->pc, v->rule, v->message);
}

static void record(struct hm_violation *v, const char *fmt, va_list ap)
{
	vsnprintf(v->message, sizeof(v->message), fmt, ap);
	v->task = current->number;
	if (hm_cfg.abort_on_violation) {
		print_one(v);
		abort();
	}
	pthread_mutex_lock(&violation_lock);
	if (nr_violations < MAX_VIOLATIONS)
		violations[nr_violations++] = *v;
	else
		nr_dropped++;
	pthread_mutex_unlock(&violation_lock);
}

void violation_at(const struct hm_location *where, const char *rule,
		  const char *fmt, ...)
{
	struct hm_violation v = { .rule = rule, .file = where->file,
				  .line = where->line };
	va_list ap;

	va_start(ap, fmt);
	record(&v, fmt, ap);
	va_end(ap);
}

void violation(const char *rule, const char *fmt, ...)
{
	struct hm_violation v = { .rule = rule, .file = current->location.file,
				  .line = current->location.line };
	va_list ap;

	va_start(ap, fmt);
	record(&v, fmt, ap);
	va_end(ap);
}

void violation_fault(const char *rule, void *pc, void *address,
		     const struct hm_location *unmapped_at, const char *fmt, ...)
{
	struct hm_violation v = { .rule = rule, .pc = pc, .address = address,
				  .unmap_file = unmapped_at->file,
				  .unmap_line = unmapped_at->line };
	va_list ap;

	va_start(ap, fmt);
	record(&v, fmt, ap);
	va_end(ap);
}

void violation_fatal(const char *rule, const char *fmt, ...)
{
	struct hm_violation v = { .rule = rule, .file = current->location.file,
				  .line = current->location.line };
	va_list ap;

	va_start(ap, fmt);
	record(&v, fmt, ap);
	va_end(ap);
	fault_leave();
}

void hm_bug(const char *file, int line, const char *what)
{
	fprintf(stderr, "%s:%d: hmengine BUG: %s\n", file, line, what);
	abort();
}

int hm_violation_count(void)
{
	return __atomic_load_n(&nr_violations, __ATOMIC_ACQUIRE);
}

const struct hm_violation *hm_violation(int index)
{
	if (index < 0 || index >= hm_violation_count())
		return NULL;
	return &violations[index];
}

int hm_violation_count_rule(const char *rule)
{
	int i, n = 0;

	for (i = 0; i < hm_violation_count(); i++)
		if (!strcmp(violations[i].rule, rule))
			n++;
	return n;
}

void hm_violations_clear(void)
{
	pthread_mutex_lock(&violation_lock);
	nr_violations = 0;
	nr_dropped = 0;
	pthread_mutex_unlock(&violation_lock);
}

void hm_violations_print(void)
{
	int i;

	for (i = 0; i < hm_violation_count(); i++)
		print_one(&violations[i]);
	if (nr_dropped)
		fprintf(stderr, "hmengine: %d more violations were dropped\n", nr_dropped);
}
