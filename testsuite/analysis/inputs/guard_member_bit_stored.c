#include "kapi.h"

/*
 * A walk takes a lock only in its lazy mode (`if (flags & WALK_LAZY)`),
 * stores its flags in the object it hands on (`w->flags = flags`), and
 * the helper it calls sleeps only when that member lacks the bit
 * (`if (!(w->flags & WALK_LAZY)) drop_ref(w)`): under the lock the
 * member holds the bit, so nothing sleeps.  The same when the flags are
 * a parameter stored as it came in, and when a constant with the bit is
 * stored.  The helper first sets a root up through a helper of its own
 * that only reads what a macro hands it (`(void *)&w->root->seq`, as
 * 6.1's set_root() reads a seqcount): that writes no w->flags.
 *
 * Still reported: the lock taken on the other side (the bit clear);
 * the flags changed after the store; the store made before the test
 * taught the bit and the bit cleared in between; a member other than the
 * one tested stored.
 */
#define WALK_LAZY	0x1
#define WALK_ROOT	0x2

struct wroot {
	unsigned int seq;
};

struct walk {
	unsigned int flags;
	unsigned int mode;
	void *ref;
	struct wroot *root;
	unsigned int root_seq;
};

static inline unsigned int read_seq(const void *s)
{
	return *(const volatile unsigned int *)s;
}

#define root_seq_begin(r)	({ read_seq((void *)(r)); })

static void set_root(struct walk *w)
{
	w->root_seq = root_seq_begin(&w->root->seq);
}

static spinlock_t walk_lock;

static void drop_ref(struct walk *w)
{
	msleep(1);
	w->ref = NULL;
}

static int jump_root(struct walk *w)
{
	if (w->flags & WALK_ROOT)
		return -1;
	if (!w->root_seq)
		set_root(w);
	if (!(w->flags & WALK_LAZY))
		drop_ref(w);
	return 0;
}

int walk_start(struct walk *w, unsigned int flags, int empty)
{
	if (empty)
		flags &= ~WALK_LAZY;
	if (flags & WALK_LAZY)
		spin_lock(&walk_lock);
	w->flags = flags;
	jump_root(w);
	if (flags & WALK_LAZY)
		spin_unlock(&walk_lock);
	return 0;
}

int walk_start_param(struct walk *w, unsigned int flags)
{
	if (flags & WALK_LAZY)
		spin_lock(&walk_lock);
	w->flags = flags;
	jump_root(w);
	if (flags & WALK_LAZY)
		spin_unlock(&walk_lock);
	return 0;
}

int walk_start_const(struct walk *w)
{
	spin_lock(&walk_lock);
	w->flags = WALK_LAZY;
	jump_root(w);
	spin_unlock(&walk_lock);
	return 0;
}

int walk_start_clear(struct walk *w, unsigned int flags)
{
	if (!(flags & WALK_LAZY))
		spin_lock(&walk_lock);
	w->flags = flags;
	jump_root(w); /* expect: sleep-in-atomic */
	if (!(flags & WALK_LAZY))
		spin_unlock(&walk_lock);
	return 0;
}

int walk_start_changed(struct walk *w, unsigned int flags, unsigned int more)
{
	if (flags & WALK_LAZY)
		spin_lock(&walk_lock);
	w->flags = flags;
	flags = more;
	w->flags = flags;
	jump_root(w); /* expect: sleep-in-atomic */
	if (w->mode)
		spin_unlock(&walk_lock);
	return 0;
}

int walk_start_cleared(struct walk *w, unsigned int flags)
{
	w->flags = flags;
	if (flags & WALK_LAZY)
		spin_lock(&walk_lock);
	flags &= ~WALK_LAZY;
	w->flags = flags;
	jump_root(w); /* expect: sleep-in-atomic */
	if (w->mode)
		spin_unlock(&walk_lock);
	return 0;
}

int walk_start_other(struct walk *w, unsigned int flags)
{
	if (flags & WALK_LAZY)
		spin_lock(&walk_lock);
	w->mode = flags;
	jump_root(w); /* expect: sleep-in-atomic */
	if (flags & WALK_LAZY)
		spin_unlock(&walk_lock);
	return 0;
}
