#include "kapi.h"

/*
 * A lock taken under one test of an integer member and dropped under the
 * same test later (lpfc_abort_handler(): `phba->sli_rev == REV4` around
 * pring_s4->ring_lock), with a store of a pointer through another
 * variable in between (`cmd->waitq = &waitq`): the store cannot change
 * phba->sli_rev, so the second test agrees with the first and the lock
 * is never left held.  It still expires when the store is of a number,
 * when it is rooted at the same variable (a union's other member,
 * perhaps), when the tested member is reached through a loaded pointer
 * (`h->cfg->rev`: the store may have changed h->cfg), and when the test
 * compares with a variable (`i < h->n` of a loop is left to expire, so
 * that iterations keep no more states apart).
 */
struct cfg {
	unsigned char rev;
};

struct hba {
	spinlock_t lock;
	unsigned char rev;
	struct cfg *cfg;
	void *last;
};

struct ring {
	spinlock_t ring_lock;
};

struct cmd {
	void *waitq;
	int count;
	struct cfg *cfg;
};

int issue(struct hba *h);

int abort_cmd(struct hba *h, struct ring *r, struct cmd *c)
{
	int waitq;

	spin_lock(&h->lock);
	if (h->rev == 4)
		spin_lock(&r->ring_lock);
	c->waitq = &waitq;
	if (h->rev == 4)
		spin_unlock(&r->ring_lock);
	issue(h);
	spin_unlock(&h->lock);
	msleep(10);
	return 0;
}

int abort_cmd_number_store(struct hba *h, struct ring *r, struct cmd *c)
{
	spin_lock(&h->lock);
	if (h->rev == 4)
		spin_lock(&r->ring_lock);
	c->count = 1;
	if (h->rev == 4)
		spin_unlock(&r->ring_lock);
	spin_unlock(&h->lock);
	msleep(10);	/* expect: sleep-in-atomic */
	return 0;
}

int abort_cmd_same_root(struct hba *h, struct ring *r)
{
	int waitq;

	spin_lock(&h->lock);
	if (h->rev == 4)
		spin_lock(&r->ring_lock);
	h->last = &waitq;
	if (h->rev == 4)
		spin_unlock(&r->ring_lock);
	spin_unlock(&h->lock);
	msleep(10);	/* expect: sleep-in-atomic */
	return 0;
}

int abort_cmd_through_pointer(struct hba *h, struct ring *r, struct cmd *c,
			      struct cfg *other)
{
	spin_lock(&h->lock);
	if (h->cfg->rev == 4)
		spin_lock(&r->ring_lock);
	c->cfg = other;
	if (h->cfg->rev == 4)
		spin_unlock(&r->ring_lock);
	spin_unlock(&h->lock);
	msleep(10);	/* expect: sleep-in-atomic */
	return 0;
}

int abort_cmd_against_variable(struct hba *h, struct ring *r, struct cmd *c,
			       unsigned char want)
{
	int waitq;

	spin_lock(&h->lock);
	if (h->rev == want)
		spin_lock(&r->ring_lock);
	c->waitq = &waitq;
	if (h->rev == want)
		spin_unlock(&r->ring_lock);
	spin_unlock(&h->lock);
	msleep(10);	/* expect: sleep-in-atomic */
	return 0;
}
