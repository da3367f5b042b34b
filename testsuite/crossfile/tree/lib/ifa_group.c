// SPDX-License-Identifier: GPL-2.0
/* Leaving a group takes a mutex. */
#include "k.h"
#include "ifa.h"

void ifa_leave_group(int *group)
{
	msleep(*group);
}
