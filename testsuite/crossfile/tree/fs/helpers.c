// SPDX-License-Identifier: GPL-2.0
#include "k.h"

int outer_helper(int x)
{
	return middle(x) + 1;
}
