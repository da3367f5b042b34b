/* SPDX-License-Identifier: GPL-2.0 */
/*
 * model_options.h - the options after an entry's positional fields:
 * page=N, addr=N, gfp=N, deprecated=NAME, sleeps, sleep-ok, drops=CONTEXT,
 * unless=CONTEXT, also=CONTEXT, fn=N, unmap=NAME, sets=CONTEXT,
 * leaves=CONTEXT.
 */
#ifndef HMCHECK_MODEL_OPTIONS_H
#define HMCHECK_MODEL_OPTIONS_H

#include "model_syntax.h"

/* Read fields[first..] into `entry`, then check what its kind requires. */
int parse_options(const struct rules_line *line, const struct rules_kind *kind,
		  struct api_entry *entry, int first);

#endif
