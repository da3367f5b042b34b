// options: --max-states 4
#include "kapi.h"

/*
 * Past a block's state budget, the walk forgets the branch facts no test
 * ahead reads (fact_prune.c).  A bit test of memory reached through a call
 * (`current->jobctl & M`, `current` being get_current()) is read by a later
 * test of other bits of the same memory too: text_bits.c decides
 * `cur->flags & FLAG_B` from `cur->flags & (FLAG_A | FLAG_B)` true and
 * `cur->flags & FLAG_A` false.  The pruning looked for the same text only,
 * and the call's temporary is assigned again ahead (the loop), so both
 * facts were dropped, the third test's false side was taken, and the path
 * went round to `relock` still holding the lock: kernel/signal.c
 * get_signal() reported do_signal_stop() and do_freezer_trap(), which drop
 * the lock before they sleep.  Now a later bit test of the same memory
 * keeps the facts it is decided by.
 */
#define FLAG_A	0x1
#define FLAG_B	0x4
#define FLAG_C	0x10

struct task {
	unsigned int flags;
	spinlock_t lock;
};

extern struct task *running_task;

static inline struct task *this_task(void)
{
	return running_task;
}

#define cur this_task()

void handle_a(struct task *t);
int next_item(struct task *t);
void consume(struct task *t, int item);

/* Called with t->lock held; returns with it released. */
static void wait_for_b(struct task *t)
{
	spin_unlock(&t->lock);
	msleep(1);
}

int run_loop(int mode)
{
	int item;

relock:
	spin_lock(&cur->lock);
	for (;;) {
		if (cur->flags & (FLAG_A | FLAG_B)) {
			if (cur->flags & FLAG_A) {
				handle_a(cur);
				spin_unlock(&cur->lock);
			} else if (cur->flags & FLAG_B) {
				wait_for_b(cur);
			}
			goto relock;
		}
		item = next_item(cur);
		if (!item)
			break;
		if (mode == 1)
			consume(cur, item);
		else if (mode == 2)
			consume(cur, -item);
		if (item > 8)
			continue;
		if (item < -8)
			continue;
	}
	spin_unlock(&cur->lock);
	return 0;
}

/*
 * Still wrong: FLAG_C is not among the bits tested first, so its false
 * side is real, and the path goes round holding the lock.
 */
int run_loop_wrong(int mode)
{
	int item;

relock:
	spin_lock(&cur->lock);
	for (;;) {
		if (cur->flags & (FLAG_A | FLAG_B)) {
			if (cur->flags & FLAG_A) {
				handle_a(cur);
				spin_unlock(&cur->lock);
			} else if (cur->flags & FLAG_C) {
				wait_for_b(cur);	/* expect: sleep-in-atomic */
			}
			goto relock;
		}
		item = next_item(cur);
		if (!item)
			break;
		if (mode == 1)
			consume(cur, item);
		else if (mode == 2)
			consume(cur, -item);
		if (item > 8)
			continue;
		if (item < -8)
			continue;
	}
	spin_unlock(&cur->lock);
	return 0;
}
