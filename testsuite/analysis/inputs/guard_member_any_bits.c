#include "kapi.h"

/*
 * Helpers that sleep when any one of several bits of a member of their
 * parameter is set (`if (req->flags & (R_SYNC | R_FUA))`, or past `if
 * (!(req->flags & (R_SYNC | R_FUA))) return;`): the sleep needs one of
 * the one-bit tests of that member.  A caller that stored a constant
 * with neither bit there, or built the object so, or saw both bits
 * clear, does not sleep there; one that stored one of them, knows
 * nothing of the member, or saw only one of the bits clear may.
 */
#define R_SYNC	0x1u
#define R_FUA	0x2u
#define R_META	0x4u

struct req {
	unsigned int flags;
	int len;
};

static spinlock_t queue_lock;

static void req_finish(struct req *r)
{
	if (r->flags & (R_SYNC | R_FUA))
		msleep(r->len);
}

static int req_unless_plain(struct req *r)
{
	if (!(r->flags & (R_SYNC | R_FUA)))
		return 0;
	msleep(1);
	return 1;
}

void submit_stored(struct req *r)
{
	r->flags = R_META;
	spin_lock(&queue_lock);
	req_finish(r);
	req_unless_plain(r);
	spin_unlock(&queue_lock);
}

void submit_local(void)
{
	struct req r = { .flags = R_META, .len = 1 };

	spin_lock(&queue_lock);
	req_finish(&r);
	spin_unlock(&queue_lock);
}

void submit_tested(struct req *r)
{
	if (r->flags & (R_SYNC | R_FUA))
		return;
	spin_lock(&queue_lock);
	req_finish(r);
	spin_unlock(&queue_lock);
}

void submit_fua(struct req *r)
{
	r->flags = R_FUA;
	spin_lock(&queue_lock);
	req_unless_plain(r);	/* expect: sleep-in-atomic */
	spin_unlock(&queue_lock);
}

void submit_unknown(struct req *r)
{
	spin_lock(&queue_lock);
	req_finish(r);	/* expect: sleep-in-atomic */
	spin_unlock(&queue_lock);
}

void submit_tested_one(struct req *r)
{
	if (r->flags & R_SYNC)
		return;
	spin_lock(&queue_lock);
	req_finish(r);	/* expect: sleep-in-atomic */
	spin_unlock(&queue_lock);
}
