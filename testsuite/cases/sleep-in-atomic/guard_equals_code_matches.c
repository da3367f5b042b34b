// SPDX-License-Identifier: GPL-2.0
/*
 * A frame sender takes the link's mutex only after a confirm or a
 * teardown frame (`if (code == CONFIRM || code == TEARDOWN)`); called
 * under kmap_atomic() with a teardown, it sleeps there.  The engine sees
 * the mutex_lock() in the sender; hmcheck reports the call made under
 * kmap_atomic() (the constant passes the second path's test).
 */
#include <linux/highmem.h>
#include <linux/mutex.h>
#include <hmcase.h>

#define FRAME_CONFIRM	2
#define FRAME_TEARDOWN	3

static DEFINE_MUTEX(link_mutex);
static int frames_sent;

static int send_frame(u8 code)
{
	frames_sent++;
	if (code == FRAME_CONFIRM || code == FRAME_TEARDOWN) {
		mutex_lock(&link_mutex);	/* expect-runtime: sleep-in-atomic -- the engine sees the sleep itself, hmcheck the call under kmap_atomic */
		frames_sent = 0;
		mutex_unlock(&link_mutex);
	}
	return 0;
}

static void post_teardown(struct page *page)
{
	int *buf = kmap_atomic(page);

	buf[0] = send_frame(FRAME_TEARDOWN);	/* expect-static: sleep-in-atomic -- the engine places it at mutex_lock in send_frame */
	kunmap_atomic(buf);
}

HMCASE_INPUTS(2);

void hmcase_run(const int *in)
{
	post_teardown(hmcase_page(in[0]));
}
