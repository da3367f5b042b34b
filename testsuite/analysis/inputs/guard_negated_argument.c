#include "kapi.h"

/*
 * A free-after-grace-period helper in the shape of kvfree_call_rcu(): a
 * caller without a head (`head == NULL`) may sleep, waiting in place; one
 * with a head only queues it.  Besides its own `if (!head) msleep()`, it
 * passes `!head` to a helper as the `can_alloc` that helper sleeps
 * under: a test of `!head` is the opposite test of head, so the helper's
 * sleep also needs a NULL head (and `!!wait`, the same test of wait).
 * Callers passing `&o->rcu` (C gives no such address for a NULL o), or a
 * head they tested, do not sleep under the lock; NULL, a pointer nothing
 * is known of, or a wait flag set may sleep.
 */
struct cb_head { struct cb_head *next; };
struct obj { int id; struct cb_head rcu; };

static spinlock_t obj_lock;
void queue_head(struct cb_head *head);

static int __attribute__((noinline)) add_bulk(void *ptr, bool can_alloc)
{
	void *page = NULL;

	if (can_alloc)
		page = kmalloc(4096, GFP_KERNEL);
	return page != ptr;
}

static void __attribute__((noinline)) wait_maybe(int wait)
{
	if (wait)
		msleep(1);
}

void free_after_gp(struct cb_head *head, unsigned long off)
{
	void *ptr = (void *)off;

	if (!head)
		msleep(1);
	else
		ptr = head;
	if (!add_bulk(ptr, !head))
		queue_head(head);
}

void settle(int wait)
{
	wait_maybe(!!wait);
}

void drop_quiet(struct obj *o, struct cb_head *head, int wait)
{
	spin_lock(&obj_lock);
	free_after_gp(&o->rcu, 8);
	if (head)
		free_after_gp(head, 0);
	if (!wait)
		settle(wait);
	spin_unlock(&obj_lock);
}

void drop_sleeps(struct cb_head *head, int wait)
{
	spin_lock(&obj_lock);
	free_after_gp(NULL, 8);	/* expect: sleep-in-atomic */
	free_after_gp(head, 0);	/* expect: sleep-in-atomic */
	settle(wait);	/* expect: sleep-in-atomic */
	spin_unlock(&obj_lock);
}

/* Only the helper's sleep: `!head` of a head tested non-NULL is false. */
static void __attribute__((noinline)) bulk_only(struct cb_head *head)
{
	add_bulk(head, !head);
}

/* And a sleep with a head: `&o->rcu` passes that test. */
static void __attribute__((noinline)) wait_head(struct cb_head *head)
{
	if (head)
		msleep(1);
}

void drop_bulk(struct obj *o, struct cb_head *head)
{
	spin_lock(&obj_lock);
	bulk_only(&o->rcu);
	bulk_only(NULL);	/* expect: sleep-in-atomic */
	bulk_only(head);	/* expect: sleep-in-atomic */
	wait_head(&o->rcu);	/* expect: sleep-in-atomic */
	spin_unlock(&obj_lock);
}
