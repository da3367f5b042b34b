// SPDX-License-Identifier: GPL-2.0
/*
 * frame_send() sleeps only for two codes (`code == FRAME_CONFIRM || code
 * == FRAME_TEARDOWN`): its summary keeps a 'guard' line for each path,
 * "==2" and "==3" (which implies the second path's `code != 2`).
 */
#include "k.h"
#include "frames.h"

void queue_frame(int prio, unsigned char code);

int frame_send(int prio, unsigned char code)
{
	queue_frame(prio, code);
	if (code == FRAME_CONFIRM || code == FRAME_TEARDOWN)
		msleep(10);
	return 0;
}
