/* SPDX-License-Identifier: GPL-2.0 */
/*
 * constant_return.h - a static function whose every return is the same
 * constant (a configuration stub): the value, and the call's result
 * known as it after the call.
 */
#ifndef HMCHECK_ANALYSIS_CONSTANT_RETURN_H
#define HMCHECK_ANALYSIS_CONSTANT_RETURN_H

#include <stdbool.h>
#include "ir.h"

struct hm_walk;
struct path_state;

bool constant_return_of(const struct ir_function *fn, long long *value);
void constant_return_after_call(struct hm_walk *w, struct path_state *s,
				const struct ir_instr *in,
				const struct ir_function *callee);

#endif
