/* SPDX-License-Identifier: GPL-2.0 */
/*
 * callback_name.h - the function of the unit a call's argument names.
 */
#ifndef HMCHECK_ANALYSIS_CALLBACK_NAME_H
#define HMCHECK_ANALYSIS_CALLBACK_NAME_H

#include "ir.h"

struct tu;

/* The function with a body in `tu` that argument `index` names, or NULL. */
struct ir_function *callback_function_named(struct tu *tu, const struct ir_call *call,
					    int index);

#endif
