/* SPDX-License-Identifier: GPL-2.0 */
/*
 * hmcase.h - the harness API of a testsuite case (see testsuite/README.md).
 *
 *	HMCASE_INPUTS(2, 3);	the runner calls hmcase_run(in) for every
 *				in[0] in 0..1, in[1] in 0..2, each on a fresh
 *				engine state, then checks for leaks
 *	void hmcase_run(const int *in) { ... }
 */
#ifndef HMCASE_H
#define HMCASE_H

#include <stdbool.h>
#include <stddef.h>

struct page;
struct folio;

/* The ranges of the inputs, read by the runner: hmcase_inputs[0..count). */
#define HMCASE_INPUTS(...)						\
	const int hmcase_inputs[] = { __VA_ARGS__ };			\
	const int hmcase_input_count =					\
		(int)(sizeof(hmcase_inputs) / sizeof(hmcase_inputs[0]))

extern const int hmcase_inputs[];
extern const int hmcase_input_count;

/* The case's entry point, called once per combination of inputs. */
void hmcase_run(const int *in);

/* A fresh page from ZONE_HIGHMEM (highmem != 0) or ZONE_NORMAL. */
struct page *hmcase_page(int highmem);

/* A fresh folio of 2^order pages (order 0: a single page). */
struct folio *hmcase_folio(int highmem, int order);

/* A zeroed buffer of `size` bytes that copy_from_user()/copy_to_user() may use. */
void *hmcase_user_buffer(size_t size);

/*
 * The next copy_from_user()/copy_to_user() made with page faults disabled
 * (under kmap_atomic, pagefault_disable) copies only half and returns the
 * number of bytes not copied, as a real one does when the user page is not
 * resident.
 */
void hmcase_short_copy(bool on);

#endif
