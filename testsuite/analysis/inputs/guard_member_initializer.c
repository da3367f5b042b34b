#include "kapi.h"

/*
 * A helper that allocates only when its request carries metrics
 * (`if (!mx) return NULL;`), reached through another that passes a
 * member of its parameter (`metrics_init(cfg->mx, ...)`): the second's
 * summary keeps the test of parameter 0's "->mx".  A caller building the
 * request on its stack with an initializer list that does not name .mx
 * leaves it zero (C11 6.7.9p21), as `= {}` and `= { 0 }` do: under its
 * spinlock nothing sleeps.  The same for a nested structure not named,
 * and for the member passed directly.
 *
 * Still reported: .mx named with a value not known; the request handed
 * to another call before (it may set .mx); .mx stored after the
 * initializer; the request's address kept in a pointer; .mx in a union
 * another member of which is named; an array of requests; values given
 * without braces for a nested structure (which members they fill is not
 * followed).
 */
struct metrics_req {
	void *mx;
	int len;
};

struct route_cfg {
	int table;
	int flags;
	void *mx;
	int mx_len;
	struct metrics_req nested;
	union {
		void *umx;
		long cookie;
	} u;
};

void route_prepare(struct route_cfg *cfg);

static spinlock_t route_lock;

static void *metrics_init(void *mx, int len)
{
	if (!mx)
		return NULL;
	return kmalloc(len, GFP_KERNEL);
}

static void *route_create(struct route_cfg *cfg)
{
	return metrics_init(cfg->mx, cfg->mx_len);
}

static void *route_create_nested(struct route_cfg *cfg)
{
	return metrics_init(cfg->nested.mx, cfg->nested.len);
}

static void *route_create_union(struct route_cfg *cfg)
{
	return metrics_init(cfg->u.umx, 8);
}

void *route_designated(int table, int flags)
{
	struct route_cfg cfg = { .table = table, .flags = flags | 1 };
	void *r;

	spin_lock(&route_lock);
	r = route_create(&cfg);
	spin_unlock(&route_lock);
	return r;
}

void *route_empty(void)
{
	struct route_cfg cfg = {};
	void *r;

	spin_lock(&route_lock);
	r = route_create(&cfg);
	spin_unlock(&route_lock);
	return r;
}

void *route_zero(void)
{
	struct route_cfg cfg = { 0 };
	void *r;

	spin_lock(&route_lock);
	r = route_create(&cfg);
	spin_unlock(&route_lock);
	return r;
}

void *route_nested(int table)
{
	struct route_cfg cfg = { .table = table, .mx = &route_lock };
	void *r;

	spin_lock(&route_lock);
	r = route_create_nested(&cfg);
	spin_unlock(&route_lock);
	return r;
}

void *route_direct(int table)
{
	struct route_cfg cfg = { .table = table };
	void *r;

	spin_lock(&route_lock);
	r = metrics_init(cfg.mx, 16);
	spin_unlock(&route_lock);
	return r;
}

void *route_named(void *mx)
{
	struct route_cfg cfg = { .table = 1, .mx = mx };
	void *r;

	spin_lock(&route_lock);
	r = route_create(&cfg);		/* expect: sleep-in-atomic */
	spin_unlock(&route_lock);
	return r;
}

void *route_handed_before(void)
{
	struct route_cfg cfg = { .table = 1 };
	void *r;

	route_prepare(&cfg);
	spin_lock(&route_lock);
	r = route_create(&cfg);		/* expect: sleep-in-atomic */
	spin_unlock(&route_lock);
	return r;
}

void *route_stored_after(void *mx)
{
	struct route_cfg cfg = { .table = 1 };
	void *r;

	cfg.mx = mx;
	spin_lock(&route_lock);
	r = route_create(&cfg);		/* expect: sleep-in-atomic */
	spin_unlock(&route_lock);
	return r;
}

void *route_through_pointer(void *mx)
{
	struct route_cfg cfg = { .table = 1 };
	struct route_cfg *p = &cfg;
	void *r;

	p->mx = mx;
	spin_lock(&route_lock);
	r = route_create(&cfg);		/* expect: sleep-in-atomic */
	spin_unlock(&route_lock);
	return r;
}

void *route_union(void)
{
	struct route_cfg cfg = { .table = 1, .u.cookie = 5 };
	void *r;

	spin_lock(&route_lock);
	r = route_create_union(&cfg);	/* expect: sleep-in-atomic */
	spin_unlock(&route_lock);
	return r;
}

void *route_array(void)
{
	struct route_cfg cfgs[2] = { [0] = { .table = 1 } };
	void *r;

	spin_lock(&route_lock);
	r = route_create(&cfgs[1]);	/* expect: sleep-in-atomic */
	spin_unlock(&route_lock);
	return r;
}

void *route_elided(void *mx)
{
	struct route_cfg cfg = { 1, 2, 0, 8, mx };
	void *r;

	spin_lock(&route_lock);
	r = route_create_nested(&cfg);	/* expect: sleep-in-atomic */
	spin_unlock(&route_lock);
	return r;
}
