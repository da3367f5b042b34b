/* SPDX-License-Identifier: GPL-2.0 */
/* lib/frames.c: sends a frame, waiting after a confirm or a teardown. */
#define FRAME_REQUEST	1
#define FRAME_CONFIRM	2
#define FRAME_TEARDOWN	3
#define FRAME_PROBE	10
int frame_send(int prio, unsigned char code);
