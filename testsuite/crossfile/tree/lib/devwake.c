// SPDX-License-Identifier: GPL-2.0
/* Telling the core a device can wake the system allocates. */
#include "k.h"
#include "devstate.h"

void sdev_set_wakeup(struct sdev *d, int on)
{
	msleep(on);
}
