#include "kapi.h"

/*
 * A helper that sleeps only for some values of a code parameter: `if
 * (code == SETUP_CONFIRM || code == TEARDOWN) msleep(10);` (a frame sender
 * waiting after the frames that change a link), `if (code != IDLE)`, `if
 * (PROBE == code)`.  Each path to the sleep is its own group of tests
 * (`code == SETUP_CONFIRM`; `code != SETUP_CONFIRM` and `code ==
 * TEARDOWN`): a caller passing another constant fails one test of each
 * and does not sleep there; a switch on the code before does not change
 * that, even with cases of the same constants (the switch makes the facts
 * `code == SETUP_CONFIRM` the later test reads).  A wrapper passing its own code on sleeps only for those codes,
 * and a caller that tested its code against both constants does not
 * sleep.  A NULL test written against NULL (`p == NULL`, `NULL != p`) is
 * the pointer's own test.  Still reported: the constant that matches, a
 * value the caller does not know, a helper that overwrites its code
 * before the test, and a wrapper passing the matching code.
 */
typedef unsigned char u8;

#define SETUP_REQUEST	0
#define SETUP_CONFIRM	2
#define TEARDOWN	3
#define DISCOVERY	10

enum link_mode { MODE_IDLE = 1, MODE_PROBE = 4, MODE_RUN = 5 };

struct frame_buf { int len; };

static spinlock_t frame_lock;
void queue_frame(int prio);
int read_status(void);

static int send_frame(int prio, u8 code)
{
	switch (code) {
	case SETUP_REQUEST:
		prio = 1;
		break;
	default:
		prio = 2;
		break;
	}
	queue_frame(prio);
	if (code == SETUP_CONFIRM || code == TEARDOWN)
		msleep(10);
	return 0;
}

/* The switch made the facts the test below reads (one text, one test). */
static int send_setup(u8 code)
{
	int prio = 0;

	switch (code) {
	case SETUP_REQUEST:
	case SETUP_CONFIRM:
	case TEARDOWN:
	case DISCOVERY:
		prio = 1;
		break;
	default:
		return -1;
	}
	queue_frame(prio);
	if (code == SETUP_CONFIRM || code == TEARDOWN)
		msleep(10);
	return 0;
}

static void wait_confirm(u8 code)
{
	if (code == SETUP_CONFIRM)
		msleep(10);
}

static void wait_unless_idle(enum link_mode mode)
{
	if (mode != MODE_IDLE)
		msleep(1);
}

static void wait_probe(int mode)
{
	if (MODE_PROBE == mode)
		msleep(1);
}

/* The code tested is not the one passed. */
static void wait_status(u8 code)
{
	code = read_status();
	if (code == SETUP_CONFIRM)
		msleep(10);
}

static void send_wrapped(u8 code)
{
	send_frame(0, code);
}

static void release_buf(struct frame_buf *p)
{
	if (p == NULL)
		msleep(1);
}

static void flush_buf(struct frame_buf *p)
{
	if (NULL != p)
		msleep(1);
}

void frames_quiet(struct frame_buf *q)
{
	struct frame_buf local;

	spin_lock(&frame_lock);
	send_frame(0, DISCOVERY);
	send_frame(1, SETUP_REQUEST);
	send_setup(DISCOVERY);
	send_setup(SETUP_REQUEST);
	wait_confirm(TEARDOWN);
	wait_unless_idle(MODE_IDLE);
	wait_probe(MODE_RUN);
	send_wrapped(DISCOVERY);
	release_buf(&local);
	flush_buf(NULL);
	if (q)
		release_buf(q);
	spin_unlock(&frame_lock);
}

void frames_tested(u8 code)
{
	spin_lock(&frame_lock);
	if (code != SETUP_CONFIRM && code != TEARDOWN)
		send_frame(0, code);
	spin_unlock(&frame_lock);
}

void frames_sleep(u8 unknown)
{
	spin_lock(&frame_lock);
	send_frame(0, SETUP_CONFIRM);	/* expect: sleep-in-atomic */
	send_frame(0, TEARDOWN);	/* expect: sleep-in-atomic */
	send_setup(SETUP_CONFIRM);	/* expect: sleep-in-atomic */
	send_setup(TEARDOWN);	/* expect: sleep-in-atomic */
	send_frame(0, unknown);	/* expect: sleep-in-atomic */
	send_frame(0, read_status());	/* expect: sleep-in-atomic */
	wait_confirm(SETUP_CONFIRM);	/* expect: sleep-in-atomic */
	wait_unless_idle(MODE_RUN);	/* expect: sleep-in-atomic */
	wait_probe(MODE_PROBE);	/* expect: sleep-in-atomic */
	wait_status(DISCOVERY);	/* expect: sleep-in-atomic */
	send_wrapped(TEARDOWN);	/* expect: sleep-in-atomic */
	release_buf(NULL);	/* expect: sleep-in-atomic */
	flush_buf(&(struct frame_buf){ 0 });	/* expect: sleep-in-atomic */
	spin_unlock(&frame_lock);
}

void frames_tested_one(u8 code)
{
	spin_lock(&frame_lock);
	if (code != SETUP_CONFIRM)
		send_frame(0, code);	/* expect: sleep-in-atomic */
	spin_unlock(&frame_lock);
}
