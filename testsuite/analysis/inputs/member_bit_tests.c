#include "kapi.h"

/*
 * Bit tests of a member (`t->flags & M`) decide each other: after
 * `t->flags & (A | B)` was true and `t->flags & A` false, `t->flags & B`
 * is true.  kernel/signal.c get_signal() does that on current->jobctl
 * before `goto relock`: each way through the tests drops the lock taken
 * at `relock`, but the walk took the third test's false side too, went
 * round holding the lock, took it again and reported every sleeping
 * helper after (do_signal_stop(), do_freezer_trap()).  Plain local
 * integers had this already (known_bits.c); members did not.
 */
#define FLAG_A	0x1
#define FLAG_B	0x4
#define FLAG_C	0x10

struct task {
	unsigned int flags;
	spinlock_t lock;
};

void handle_a(struct task *t);
void drop_and_wait(struct task *t);	/* releases t->lock, then sleeps */

/* Called with t->lock held; returns with it released. */
static void wait_for_b(struct task *t)
{
	spin_unlock(&t->lock);
	msleep(1);
}

void run(struct task *t)
{
relock:
	spin_lock(&t->lock);
	if (t->flags & (FLAG_A | FLAG_B)) {
		if (t->flags & FLAG_A) {
			handle_a(t);
			spin_unlock(&t->lock);
		} else if (t->flags & FLAG_B) {
			wait_for_b(t);
		}
		goto relock;
	}
	spin_unlock(&t->lock);
}

/*
 * The same through an accessor (the kernel's `current` is get_current(),
 * called at each test): a call that writes nothing keeps the tests' facts.
 */
extern struct task *running_task;

static inline struct task *this_task(void)
{
	return running_task;
}

#define cur this_task()

void run_current(void)
{
relock:
	spin_lock(&cur->lock);
	if (cur->flags & (FLAG_A | FLAG_B)) {
		if (cur->flags & FLAG_A) {
			handle_a(cur);
			spin_unlock(&cur->lock);
		} else if (cur->flags & FLAG_B) {
			wait_for_b(cur);
		}
		goto relock;
	}
	spin_unlock(&cur->lock);
}

/* Still wrong: C is not among the bits tested, so nothing says it is set. */
void run_wrong(struct task *t)
{
	spin_lock(&t->lock);
	if (t->flags & (FLAG_A | FLAG_B)) {
		if (!(t->flags & FLAG_A) && !(t->flags & FLAG_C))
			msleep(1);	/* expect: sleep-in-atomic */
	}
	spin_unlock(&t->lock);
}

/* Still wrong: a bit cleared then tested is clear. */
void cleared_then_tested(struct task *t)
{
	spin_lock(&t->lock);
	if (!(t->flags & (FLAG_A | FLAG_B))) {
		if (t->flags & FLAG_B)
			spin_unlock(&t->lock);
		msleep(1);	/* expect: sleep-in-atomic */
	}
	spin_unlock(&t->lock);
}
