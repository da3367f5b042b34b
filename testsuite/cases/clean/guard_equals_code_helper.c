// SPDX-License-Identifier: GPL-2.0
/*
 * A frame sender waits for the link (takes its mutex) only after a
 * confirm or a teardown frame: `if (code == CONFIRM || code == TEARDOWN)`,
 * after a switch on the same code with cases of those constants.  Under
 * kmap_atomic() it is called with other codes, chosen by the input,
 * directly and through a wrapper passing its own code on: it never
 * sleeps.  hmcheck keeps each path's equality test in the sender's
 * summary, and the constants passed fail both.
 */
#include <linux/highmem.h>
#include <linux/mutex.h>
#include <hmcase.h>

#define FRAME_REQUEST	0
#define FRAME_CONFIRM	2
#define FRAME_TEARDOWN	3
#define FRAME_PROBE	10

static DEFINE_MUTEX(link_mutex);
static int frames_sent;

static int send_frame(int *buf, u8 code)
{
	switch (code) {
	case FRAME_REQUEST:
	case FRAME_CONFIRM:
	case FRAME_TEARDOWN:
		buf[0] = 1;
		break;
	default:
		buf[0] = 2;
		break;
	}
	frames_sent++;
	if (code == FRAME_CONFIRM || code == FRAME_TEARDOWN) {
		mutex_lock(&link_mutex);
		frames_sent = 0;
		mutex_unlock(&link_mutex);
	}
	return 0;
}

static int send_wrapped(int *buf, u8 code)
{
	return send_frame(buf, code);
}

static void post_frames(struct page *page, int which)
{
	int *buf = kmap_atomic(page);

	if (which)
		send_frame(buf, FRAME_PROBE);
	else
		send_frame(buf, FRAME_REQUEST);
	send_wrapped(buf, FRAME_PROBE);
	kunmap_atomic(buf);
}

HMCASE_INPUTS(2, 2);

void hmcase_run(const int *in)
{
	int local[1];

	post_frames(hmcase_page(in[0]), in[1]);
	send_frame(local, FRAME_TEARDOWN);	/* fine: not atomic here */
}
