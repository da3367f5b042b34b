#include "kapi.h"

/*
 * An allocator that takes its mutex only when the gfp it is handed has
 * the direct-reclaim bit (mm/percpu.c pcpu_alloc(): `is_atomic =
 * !gfpflags_allow_blocking(gfp)`, reached from net/core/dev.c with
 * GFP_ATOMIC | __GFP_NOWARN).  Its summary says it sleeps only for a gfp
 * with that bit: called under kmap_atomic() with GFP_ATOMIC (directly,
 * through an inline predicate, or through a local bool computed from
 * one), or through a helper passing its own gfp along with GFP_ATOMIC, it
 * does not sleep.  With GFP_KERNEL, or a gfp nobody knows, it does.  The
 * guard is written to the summary database (a `guard` line) for callers in
 * other files.
 */
#define TEST_GFP_NOWARN		0x2000u
#define TEST_GFP_NOFAIL		0x8000u

static struct mutex pool_mutex;

int mutex_lock_killable(struct mutex *lock);
gfp_t current_flags(void);

static inline bool gfp_may_block(gfp_t gfp)
{
	return !!(gfp & ___GFP_DIRECT_RECLAIM);
}

void *pool_alloc(size_t size, gfp_t gfp)
{
	bool is_atomic = !gfp_may_block(gfp);
	void *p = NULL;

	if (!is_atomic) {
		/* Either way it sleeps, and only with direct reclaim. */
		if (gfp & TEST_GFP_NOFAIL)
			mutex_lock(&pool_mutex);
		else
			mutex_lock_killable(&pool_mutex);
	}
	if (size <= 64)
		p = &pool_mutex;	/* stands for the pool's chunk */
	if (!is_atomic)
		mutex_unlock(&pool_mutex);
	return p;
}

static void *stats_alloc(void)
{
	return pool_alloc(64, GFP_ATOMIC | TEST_GFP_NOWARN);
}

void count_drop(struct page *page)
{
	char *v = kmap_atomic(page);

	stats_alloc();
	v[0] = 0;
	kunmap_atomic(v);
}

void count_drop_kernel(struct page *page)
{
	char *v = kmap_atomic(page);

	pool_alloc(64, GFP_KERNEL);	/* expect: sleep-in-atomic */
	v[0] = 0;
	kunmap_atomic(v);
}

void count_drop_unknown(struct page *page)
{
	char *v = kmap_atomic(page);

	pool_alloc(64, current_flags());	/* expect: sleep-in-atomic */
	v[0] = 0;
	kunmap_atomic(v);
}

/* A helper passing its own gfp along: the guard follows it. */
static void *pool_alloc_node(size_t size, gfp_t gfp)
{
	return pool_alloc(size, gfp);
}

void count_drop_node(struct page *page)
{
	char *v = kmap_atomic(page);

	pool_alloc_node(64, GFP_ATOMIC);
	pool_alloc_node(64, GFP_KERNEL);	/* expect: sleep-in-atomic */
	v[0] = 0;
	kunmap_atomic(v);
}

/* The direct bit test, and the predicate called in the condition. */
void *pool_alloc_direct(size_t size, gfp_t gfp)
{
	void *p = NULL;

	if (gfp & ___GFP_DIRECT_RECLAIM)
		mutex_lock(&pool_mutex);
	if (size <= 64)
		p = &pool_mutex;
	if (gfp_may_block(gfp))
		mutex_unlock(&pool_mutex);
	return p;
}

void count_drop_direct(struct page *page)
{
	char *v = kmap_atomic(page);

	pool_alloc_direct(64, GFP_ATOMIC);
	pool_alloc_direct(64, GFP_NOWAIT);
	pool_alloc_direct(64, GFP_KERNEL);	/* expect: sleep-in-atomic */
	v[0] = 0;
	kunmap_atomic(v);
}

/*
 * A sleep on a path that tested another bit only: no bit is needed by
 * every sleep, but each sleep needs one of two (sleep_guard.c keeps both
 * tests): GFP_ATOMIC has neither, GFP_ATOMIC | NOWARN the second.
 */
void *pool_alloc_mixed(size_t size, gfp_t gfp)
{
	if (gfp & ___GFP_DIRECT_RECLAIM)
		mutex_lock(&pool_mutex);
	else if (gfp & TEST_GFP_NOWARN)
		mutex_lock(&pool_mutex);
	return size ? &pool_mutex : NULL;
}

void count_drop_mixed(struct page *page)
{
	char *v = kmap_atomic(page);

	pool_alloc_mixed(64, GFP_ATOMIC);
	pool_alloc_mixed(64, GFP_ATOMIC | TEST_GFP_NOWARN);	/* expect: sleep-in-atomic */
	v[0] = 0;
	kunmap_atomic(v);
}

/* The bit tested is not the caller's any more: it may well be set. */
void *pool_alloc_rewritten(size_t size, gfp_t gfp)
{
	bool may_block;

	gfp = current_flags();
	may_block = gfp_may_block(gfp);
	if (may_block)
		mutex_lock(&pool_mutex);
	return size ? &pool_mutex : NULL;
}

void count_drop_rewritten(struct page *page)
{
	char *v = kmap_atomic(page);

	pool_alloc_rewritten(64, GFP_ATOMIC);	/* expect: sleep-in-atomic */
	v[0] = gfp_may_block(GFP_ATOMIC);
	kunmap_atomic(v);
}

/*
 * The allocator first narrows its gfp by the task's context (pcpu_alloc()'s
 * `gfp = current_gfp_context(gfp)`): a helper that can only clear bits.  A
 * bit still set was set by the caller, so GFP_ATOMIC still does not sleep.
 */
extern unsigned int task_flags;

static inline gfp_t task_gfp(gfp_t flags)
{
	if (task_flags & 1)
		flags &= ~___GFP_KSWAPD_RECLAIM;
	return flags;
}

void *pool_alloc_narrowed(size_t size, gfp_t gfp)
{
	bool is_atomic;

	gfp = task_gfp(gfp);
	is_atomic = !gfp_may_block(gfp);
	if (!is_atomic)
		mutex_lock(&pool_mutex);
	return size ? &pool_mutex : NULL;
}

/* One that may set bits is no narrowing: the bit may be its own. */
static inline gfp_t task_gfp_widened(gfp_t flags)
{
	if (task_flags & 1)
		flags |= ___GFP_DIRECT_RECLAIM;
	return flags;
}

void *pool_alloc_widened(size_t size, gfp_t gfp)
{
	gfp = task_gfp_widened(gfp);
	if (gfp_may_block(gfp))
		mutex_lock(&pool_mutex);
	return size ? &pool_mutex : NULL;
}

void count_drop_narrowed(struct page *page)
{
	char *v = kmap_atomic(page);

	pool_alloc_narrowed(64, GFP_ATOMIC);
	pool_alloc_narrowed(64, GFP_KERNEL);	/* expect: sleep-in-atomic */
	pool_alloc_widened(64, GFP_ATOMIC);	/* expect: sleep-in-atomic */
	v[0] = 0;
	kunmap_atomic(v);
}
