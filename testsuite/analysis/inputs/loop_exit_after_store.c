#include "kapi.h"

/*
 * A loop on a member its body steps (`for (; c->i < n; c->i++)`) leaves
 * the loop like any other.  Two walk faults hid the code after it:
 * `c->i++` kept the branch fact `c->i < n` of the old value (the store
 * was taken for a pointer moving inside its mapping and expired nothing),
 * so the loop test was bound to its first answer; and a state coming
 * into a loop from outside, which goes into the body only, stood for the
 * same state coming back from the body, which may leave: a body that ends
 * where it began then never left.  Both lost the lookup's "not found"
 * return (net/ipv4/tcp_ipv4.c listening_get_first()), so its summary said
 * it always returned with the bucket locked.
 */
struct cursor {
	int i;
	int found;
	int slots[8];
};

int step_member_then_sleep(struct cursor *c)
{
	preempt_disable();
	for (; c->i < 8; c->i++)
		if (c->slots[c->i])
			return 1;
	msleep(1);	/* expect: sleep-in-atomic */
	preempt_enable();
	return 0;
}

void empty_body_then_sleep(struct cursor *c)
{
	preempt_disable();
	while (c->i < 8)
		c->i++;
	msleep(1);	/* expect: sleep-in-atomic */
	preempt_enable();
}

/* The lookup: locked when found, unlocked when not; its caller may sleep then. */
static int *find_slot(struct cursor *c, spinlock_t *lock)
{
	for (; c->i < 8; c->i++) {
		spin_lock(lock);
		if (c->slots[c->i])
			return &c->slots[c->i];
		spin_unlock(lock);
	}
	return NULL;
}

int *find_or_wait(struct cursor *c, spinlock_t *lock)
{
	int *slot = find_slot(c, lock);

	if (!slot)
		msleep(1);
	return slot;
}
