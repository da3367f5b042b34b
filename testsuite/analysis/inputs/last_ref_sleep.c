// options: -v
#include "kapi.h"

/*
 * A put helper frees its object, and freeing may sleep, only when the
 * reference it dropped was the last: `if (!atomic_long_dec_and_test(&r))
 * return;` (put_event() in kernel/events/core.c, whose _free_event() takes
 * a mutex).  Callers drop references under spinlocks when they hold
 * another one, so that side is never taken there; hmcheck cannot count
 * references and reported every such call (kernel/events/core.c:2452,
 * 13208, 13687).  The rule now (rules/refcount.rules, last_ref.c):
 *
 *  - a sleep on the true side of a `last-ref` test makes the function
 *    sleep "after a last-reference test" only, in its summary;
 *  - a call to such a function, at any depth, in its caller's atomic
 *    context is not reported; -v names it (the notes below are not
 *    reports, so no expectation matches them);
 *  - a function that makes the test itself and sleeps on its true side
 *    inside an atomic context it holds is reported: its own code says the
 *    last reference may go there, under its own lock;
 *  - a sleep the callee makes on the false side, or without a test, is a
 *    plain sleep, reported as before.
 */
typedef struct { long counter; } atomic_long_t;
typedef struct { int refs; } refcount_t;

static inline bool atomic_long_dec_and_test(atomic_long_t *v)
{
	return --v->counter == 0;
}

static inline bool refcount_dec_and_test(refcount_t *r)
{
	return --r->refs == 0;
}

static inline bool atomic_long_inc_and_test(atomic_long_t *v)
{
	return ++v->counter == 0;
}

#define unlikely(x)	__builtin_expect(!!(x), 0)

struct event {
	atomic_long_t refcount;
	refcount_t users;
	struct mutex lock;
	struct event *parent;
	struct event *aux;
};

static void free_event(struct event *e)
{
	mutex_lock(&e->lock);
	mutex_unlock(&e->lock);
	kfree(e);
}

static void put_event(struct event *e)
{
	struct event *parent;

	if (!atomic_long_dec_and_test(&e->refcount))
		return;
	parent = e->parent;
	free_event(e);
	if (parent)
		put_event(parent);
}

static void put_user_ref(struct event *e)
{
	if (unlikely(refcount_dec_and_test(&e->users)))
		free_event(e);
}

/* Two calls deep, as perf_group_detach() -> perf_put_aux_event(). */
static void detach_aux(struct event *e)
{
	if (e->aux) {
		put_event(e->aux);
		e->aux = NULL;
	}
}

void remove_from_context(struct event *e, spinlock_t *ctx_lock)
{
	spin_lock(ctx_lock);
	detach_aux(e);
	put_user_ref(e);
	put_event(e);
	spin_unlock(ctx_lock);
}

/* Still wrong: the test is this function's own, under its own lock. */
void release_locked(struct event *e, spinlock_t *ctx_lock)
{
	spin_lock(ctx_lock);
	if (atomic_long_dec_and_test(&e->refcount))
		free_event(e);	/* expect: sleep-in-atomic */
	spin_unlock(ctx_lock);
}

/* Still wrong: it sleeps when the reference was NOT the last. */
static void put_and_wait(struct event *e)
{
	if (atomic_long_dec_and_test(&e->refcount))
		return;
	mutex_lock(&e->lock);
	mutex_unlock(&e->lock);
}

/* Still wrong: it sleeps whatever the test says, after it. */
static void put_then_sync(struct event *e)
{
	if (atomic_long_dec_and_test(&e->refcount))
		kfree(e);
	msleep(1);
}

/* Still wrong: an increment reaching zero is no last reference. */
static void get_and_init(struct event *e)
{
	if (atomic_long_inc_and_test(&e->refcount))
		free_event(e);
}

/*
 * A sleep that depends on the caller's context (vfree() does not sleep
 * with bottom halves disabled: `unless=bh`) counts the same after a
 * last-reference test (kcov_put() in kernel/kcov.c).
 */
void vfree(const void *addr);

static void put_area(struct event *e)
{
	if (refcount_dec_and_test(&e->users))
		vfree(e);
}

static void drop_area(struct event *e)
{
	vfree(e);
}

void release_area(struct event *e, spinlock_t *ctx_lock)
{
	spin_lock(ctx_lock);
	put_area(e);
	drop_area(e);	/* expect: sleep-in-atomic */
	spin_unlock(ctx_lock);
}

void wrong_callers(struct event *e, spinlock_t *ctx_lock)
{
	spin_lock(ctx_lock);
	put_and_wait(e);	/* expect: sleep-in-atomic */
	put_then_sync(e);	/* expect: sleep-in-atomic */
	get_and_init(e);	/* expect: sleep-in-atomic */
	spin_unlock(ctx_lock);
}
