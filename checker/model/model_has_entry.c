// SPDX-License-Identifier: GPL-2.0
/*
 * model_has_entry.c - the model as the frontend asks it: whether a macro
 * has an entry (frontend.h, modeled_macro), without the frontend knowing
 * the model's types.
 */
#include "model.h"

bool model_has_entry(const void *model, const char *name)
{
	return model && model_lookup(model, name) != NULL;
}
