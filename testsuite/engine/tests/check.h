/* SPDX-License-Identifier: GPL-2.0 */
/*
 * check.h - the engine tests' assertions: CHECK() counts a failure and
 * goes on; check_violation() looks at one recorded violation.
 */
#ifndef HMENGINE_CHECK_H
#define HMENGINE_CHECK_H

#include <stdio.h>
#include <string.h>
#include "hmengine.h"

static int check_failures;

#define CHECK(cond)							\
	do {								\
		if (!(cond)) {						\
			fprintf(stderr, "%s:%d: check failed: %s\n",	\
				__FILE__, __LINE__, #cond);		\
			check_failures++;				\
		}							\
	} while (0)

#define CHECK_EQ(a, b)							\
	do {								\
		long long __a = (long long)(a), __b = (long long)(b);	\
		if (__a != __b) {					\
			fprintf(stderr, "%s:%d: check failed: %s == %s (%lld != %lld)\n", \
				__FILE__, __LINE__, #a, #b, __a, __b);	\
			check_failures++;				\
		}							\
	} while (0)

/* Violation `index` is `rule` at `line` (0: any line). */
#define check_violation(index, rule, line)				\
	check_violation_at(__FILE__, __LINE__, index, rule, line)

static inline void check_violation_at(const char *file, int at, int index,
				      const char *rule, int line)
{
	const struct hm_violation *v = hm_violation(index);

	if (!v) {
		fprintf(stderr, "%s:%d: check failed: no violation %d (want %s)\n",
			file, at, index, rule);
		check_failures++;
		return;
	}
	if (strcmp(v->rule, rule) || (line && v->line != line)) {
		fprintf(stderr, "%s:%d: check failed: violation %d is %s at line %d, want %s at line %d\n",
			file, at, index, v->rule, v->line, rule, line);
		check_failures++;
	}
}

/* No violation at all, or print them. */
#define CHECK_NO_VIOLATIONS()						\
	do {								\
		if (hm_violation_count()) {				\
			fprintf(stderr, "%s:%d: check failed: %d unexpected violations:\n", \
				__FILE__, __LINE__, hm_violation_count()); \
			hm_violations_print();				\
			check_failures++;				\
		}							\
	} while (0)

static inline int check_report(const char *name)
{
	if (check_failures)
		fprintf(stderr, "%s: %d checks failed\n", name, check_failures);
	else
		printf("%s: all checks passed\n", name);
	return check_failures ? 1 : 0;
}

/* Start the engine with the defaults changed by `adjust` (may be NULL). */
static inline void check_engine_start(void (*adjust)(struct hm_config *))
{
	struct hm_config config;

	hm_config_default(&config);
	config.abort_on_violation = false;
	if (adjust)
		adjust(&config);
	if (hm_engine_init(&config)) {
		fprintf(stderr, "cannot start the engine\n");
		check_failures++;
	}
}

/* The pkmap slot of a kmap() address. */
static inline unsigned int pkmap_slot_of(const void *addr)
{
	return (unsigned int)(((const char *)addr - (const char *)hm_pkmap_addr(0)) >> 12);
}

#endif
