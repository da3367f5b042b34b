// SPDX-License-Identifier: GPL-2.0
/* clock.c - monotonic seconds, for timeouts, the ETA and the wall time. */
#include <time.h>
#include "hmcheck_tree.h"

double now_seconds(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}
