/* SPDX-License-Identifier: GPL-2.0 */
/*
 * pointer_memo.h - a small answer (0..255) kept per pointer: what the front
 * end worked out about one of clang's nodes, asked again for every use.
 */
#ifndef HMCHECK_FRONTEND_POINTER_MEMO_H
#define HMCHECK_FRONTEND_POINTER_MEMO_H

#include <stdbool.h>
#include <stddef.h>

struct pointer_memo {
	struct pointer_memo_slot {
		const void *key;
		unsigned char value;
	} *slots;
	size_t count, used;	/* count: a power of two, or 0 */
};

/* Whether `key` has an answer; if so, it is in *value. */
bool pointer_memo_get(const struct pointer_memo *memo, const void *key,
		      unsigned char *value);
void pointer_memo_put(struct pointer_memo *memo, const void *key,
		      unsigned char value);
void pointer_memo_free(struct pointer_memo *memo);

#endif
