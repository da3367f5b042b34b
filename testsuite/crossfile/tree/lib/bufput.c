// SPDX-License-Identifier: GPL-2.0
/* Sleeps only when handed a buffer. */
#include "k.h"
#include "bufput.h"

void put_buf(struct buf *b)
{
	if (b)
		msleep(b->len);
}
