// SPDX-License-Identifier: GPL-2.0
/*
 * A walk locks only in its lazy mode, stores its flags in the object it
 * hands on, and a helper of the same file drops a reference in another
 * file (which may sleep) only when that member lacks the bit: 6.1's
 * path_init(), nd_jump_root() and path_put() -> dput().  Under the lock
 * the member holds the bit.  walk_start_clear() locks on the other side:
 * reported.
 */
#include "k.h"
#include "walk.h"

struct wpath {
	struct wref *ref;
	int seq;
};

struct walk {
	unsigned int flags;
	struct wpath path;
	struct wpath *root;
};

static spinlock_t walk_lock;

static void walk_put(struct wpath *p)
{
	wref_put(p->ref);
}

static int walk_jump(struct walk *w)
{
	if (w->flags & WALK_ROOT)
		return -1;
	if (!(w->flags & WALK_LAZY))
		walk_put(&w->path);
	w->path.seq = 0;
	return 0;
}

int walk_start(struct walk *w, unsigned int flags, int empty)
{
	if (empty)
		flags &= ~WALK_LAZY;
	if (flags & WALK_LAZY)
		spin_lock(&walk_lock);
	w->flags = flags;
	walk_jump(w);
	if (flags & WALK_LAZY)
		spin_unlock(&walk_lock);
	return 0;
}

int walk_start_clear(struct walk *w, unsigned int flags)
{
	if (!(flags & WALK_LAZY))
		spin_lock(&walk_lock);
	w->flags = flags;
	walk_jump(w);
	if (!(flags & WALK_LAZY))
		spin_unlock(&walk_lock);
	return 0;
}
