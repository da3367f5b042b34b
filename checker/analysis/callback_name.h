/* SPDX-License-Identifier: GPL-2.0 */
/*
 * callback_name.h - the function of the unit a registering call names.
 */
#ifndef HMCHECK_ANALYSIS_CALLBACK_NAME_H
#define HMCHECK_ANALYSIS_CALLBACK_NAME_H

#include "ir.h"
#include "model.h"

struct tu;

/*
 * The function with a body in `tu` that the call registers, given the
 * callback entries of its callee and of the macro it was written through
 * (either may be NULL); *api is the entry that named it.  NULL if the call
 * names none for sure.
 */
struct ir_function *callback_registered(struct tu *tu, const struct ir_call *call,
					const struct api_entry *callee_api,
					const struct api_entry *macro_api,
					const struct api_entry **api);

#endif
