#include "kapi.h"

/*
 * A helper that sleeps unless a member of its object says the caller is
 * in the middle of a reset (`if (b->in_reset) mdelay(); else msleep();`):
 * its summary keeps the test of parameter 0's "->in_reset".  A caller
 * that stored a nonzero constant there under its spinlock, with nothing
 * between the store and the call that may write the member (a call not
 * handed the object, a store to another member), knows the helper does
 * not sleep.  A wrapper passing its own parameter along keeps the test.
 *
 * Still reported: the caller storing 0, or nothing; a call handed the
 * object between the store and the helper; a store of a value not known;
 * a store to the member of another object.
 */
struct board {
	spinlock_t lock;
	int in_reset;
	int count;
};

void mdelay(unsigned long ms);
void board_poke(struct board *b);
void note_event(int what);

static void board_wait(struct board *b, unsigned int ms)
{
	if (b->in_reset)
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
	note_event(1);
	b->count = 0;
	board_wait(b, 1);
	board_settle(b);
	b->in_reset = 0;
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
	b->in_reset = 1;
	board_poke(b);
	board_wait(b, 1);	/* expect: sleep-in-atomic */
	spin_unlock(&b->lock);
}

void value_unknown(struct board *b, int v)
{
	spin_lock(&b->lock);
	b->in_reset = v;
	board_wait(b, 1);	/* expect: sleep-in-atomic */
	spin_unlock(&b->lock);
}

void other_object(struct board *b, struct board *other)
{
	spin_lock(&b->lock);
	other->in_reset = 1;
	board_wait(b, 1);	/* expect: sleep-in-atomic */
	spin_unlock(&b->lock);
}
