// SPDX-License-Identifier: GPL-2.0
#include "k.h"

int harmless(int x)
{
	return x * 3;
}

/* Sleeps, but only ever called outside atomic context. */
int locked_update(struct mutex *lock, int x)
{
	mutex_lock(lock);
	x++;
	mutex_unlock(lock);
	return x;
}
