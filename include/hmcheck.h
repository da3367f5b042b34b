/* SPDX-License-Identifier: GPL-2.0 */
/*
 * hmcheck.h - what scripts, CI and other tools may rely on: the exit status
 * of hmcheck and hmcheck-tree, and the tag every report carries.
 */
#ifndef HMCHECK_PUBLIC_H
#define HMCHECK_PUBLIC_H

/* Exit status of hmcheck and hmcheck-tree. */
#define HMCHECK_EXIT_OK		0	/* the run completed, findings or not */
#define HMCHECK_EXIT_FINDINGS	1	/* --Werror and something was reported */
#define HMCHECK_EXIT_USAGE	2	/* bad usage, unreadable input, malformed rules */

/* Reports end in " [hmcheck-RULE]", RULE one of `hmcheck --list-rules`. */
#define HMCHECK_TAG_PREFIX	"hmcheck-"

#endif
