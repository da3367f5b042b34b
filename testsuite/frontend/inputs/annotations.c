/* Sparse's context annotations, empty as in a build without __CHECKER__. */
#define __releases(x)
#define __acquires(x)
#define __must_hold(x)

struct lockq {
	int lock;
	int other;
	void (*unlock)(struct lockq *q);
};

static void unlock_through(struct lockq *q)
__releases(q->lock)
{
	q->unlock(q);
}

static void swap_locks(struct lockq *q)
	__releases(q->lock) __releases(&q->other) __acquires(q->other)
{
	q->unlock(q);
}

static int held(struct lockq *q) __must_hold(q->lock)
{
	return q->other;
}

static int plain(struct lockq *q)
{
	return q->other;
}

int use(struct lockq *q)
{
	unlock_through(q);
	swap_locks(q);
	return held(q) + plain(q);
}
