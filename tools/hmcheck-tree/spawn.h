/* SPDX-License-Identifier: GPL-2.0 */
/* spawn.h - one hmcheck child: started by spawn.c, watched by jobs.c. */
#ifndef HMCHECK_TREE_SPAWN_H
#define HMCHECK_TREE_SPAWN_H

#include <stdbool.h>
#include <sys/types.h>

struct job_settings;
struct unit;

#define SPAWN_NO_EXEC	127	/* the child could not exec hmcheck */

/*
 * Start hmcheck on `unit` in its own process group; *fd receives the
 * non-blocking read end of its output.  Returns the pid, or -1.
 */
pid_t spawn_hmcheck(const struct job_settings *s, const struct unit *unit, int *fd);

/* NULL if the child completed, else why not (malloc'ed, one line). */
char *spawn_failure(int wstatus, bool werror_passed);

#endif
