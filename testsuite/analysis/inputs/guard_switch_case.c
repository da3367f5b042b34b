#include "kapi.h"

/*
 * A helper that sleeps in some cases of a switch on its code parameter:
 * in `case SETUP_CONFIRM:`, or in `default:` (every listed case excluded).
 * A switch is a chain of `code == CASE` tests (ir.h), each the comparison
 * a written test would be (has_compare), so a case's sleep needs `code ==
 * SETUP_CONFIRM` and the default's needs `code != C` of each case: a caller
 * passing a constant that fails them does not sleep there.  Still
 * reported: the matching case, a code no case lists, an unknown code.
 */
typedef unsigned char u8;

#define SETUP_CONFIRM	2
#define TEARDOWN	3
#define DISCOVERY	10

static spinlock_t frame_lock;
void queue_frame(int prio);

static void on_code(u8 code)
{
	switch (code) {
	case SETUP_CONFIRM:
		msleep(10);
		break;
	case TEARDOWN:
		queue_frame(1);
		break;
	default:
		msleep(1);
		break;
	}
}

static void on_listed(u8 code)
{
	switch (code) {
	case SETUP_CONFIRM:
	case TEARDOWN:
		queue_frame(1);
		break;
	default:
		msleep(1);
		break;
	}
}

void codes_quiet(void)
{
	spin_lock(&frame_lock);
	on_code(TEARDOWN);
	on_listed(SETUP_CONFIRM);
	on_listed(TEARDOWN);
	spin_unlock(&frame_lock);
}

void codes_sleep(u8 unknown)
{
	spin_lock(&frame_lock);
	on_code(SETUP_CONFIRM);	/* expect: sleep-in-atomic */
	on_code(DISCOVERY);	/* expect: sleep-in-atomic */
	on_listed(DISCOVERY);	/* expect: sleep-in-atomic */
	on_listed(unknown);	/* expect: sleep-in-atomic */
	spin_unlock(&frame_lock);
}
