#include "kapi.h"

/*
 * A helper that spins instead of sleeping while either of two members of
 * its object says so (`if (b->in_suspend || b->in_reset) mdelay(); else
 * msleep();`): it sleeps only when both are zero, and a caller that
 * stored a nonzero constant in either one (or tested it) knows it does
 * not sleep, through a wrapper passing its parameter on as well.
 *
 * Still reported: the caller storing 0 in one of them, or nothing; a
 * call handed the object between the store and the helper.
 */
struct board {
	spinlock_t lock;
	int in_suspend;
	int in_reset;
};

void mdelay(unsigned long ms);
void board_poke(struct board *b);

static void board_wait(struct board *b, unsigned int ms)
{
	if (b->in_suspend || b->in_reset)
		mdelay(ms);
	else
		msleep(ms);
}

static void board_settle(struct board *b)
{
	board_wait(b, 1);
}

void reset_stored(struct board *b)
{
	spin_lock(&b->lock);
	b->in_reset = 1;
	board_wait(b, 1);
	board_settle(b);
	b->in_reset = 0;
	spin_unlock(&b->lock);
}

void suspend_stored(struct board *b)
{
	spin_lock(&b->lock);
	b->in_suspend = 1;
	board_settle(b);
	spin_unlock(&b->lock);
}

void suspend_tested(struct board *b)
{
	spin_lock(&b->lock);
	if (b->in_suspend)
		board_settle(b);
	spin_unlock(&b->lock);
}

void reset_cleared(struct board *b)
{
	spin_lock(&b->lock);
	b->in_reset = 0;
	board_wait(b, 1);	/* expect: sleep-in-atomic */
	spin_unlock(&b->lock);
}

void nothing_stored(struct board *b)
{
	spin_lock(&b->lock);
	board_settle(b);	/* expect: sleep-in-atomic */
	spin_unlock(&b->lock);
}

void call_between(struct board *b)
{
	spin_lock(&b->lock);
	b->in_suspend = 1;
	board_poke(b);
	board_settle(b);	/* expect: sleep-in-atomic */
	spin_unlock(&b->lock);
}
