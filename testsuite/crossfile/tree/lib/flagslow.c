// SPDX-License-Identifier: GPL-2.0
#include "k.h"
#include "flagmask.h"

void flag_slow(void)
{
	msleep(1);
}
