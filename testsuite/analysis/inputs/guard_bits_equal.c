#include "kapi.h"

/*
 * Helpers that test the bits of a mask against a value: `if ((gfp &
 * GFP_KERN) == GFP_KERN)` (both of its bits), `if ((flags & F_MODE) !=
 * F_SYNC) return;` before the sleep (exactly F_SYNC's bits of the mode),
 * or a sleep on the `!=` side (some bit of the mode other than F_SYNC's:
 * any one of the one-bit tests that say so).  A caller's constant that
 * fails the test, directly or through a wrapper passing its own flags
 * on, does not sleep there; one that passes it, or an unknown value, may.
 */
#define G_WAIT		0x10u
#define G_IO		0x20u
#define GFP_KERN	(G_WAIT | G_IO)
#define G_HIGH		0x1u
#define F_MODE		0x3u
#define F_SYNC		0x2u
#define F_EXTRA		0x8u

static spinlock_t io_lock;

static int alloc_kern(unsigned int gfp)
{
	if ((gfp & GFP_KERN) == GFP_KERN)
		msleep(1);
	return 0;
}

static int alloc_via(unsigned int gfp)
{
	return alloc_kern(gfp);
}

static int submit_sync(unsigned int flags)
{
	if ((flags & F_MODE) != F_SYNC)
		return 0;
	msleep(1);
	return 1;
}

static int submit_other(unsigned int flags)
{
	if ((flags & F_MODE) != F_SYNC)
		msleep(1);
	return 0;
}

int io_quiet(void)
{
	int n;

	spin_lock(&io_lock);
	n = alloc_kern(G_WAIT);
	n += alloc_kern(G_IO | G_HIGH);
	n += alloc_via(0);
	n += submit_sync(0x1);
	n += submit_sync(F_MODE);
	n += submit_other(F_SYNC);
	n += submit_other(F_SYNC | F_EXTRA);
	spin_unlock(&io_lock);
	return n;
}

int io_sleeps(unsigned int flags)
{
	int n;

	spin_lock(&io_lock);
	n = alloc_kern(GFP_KERN | G_HIGH);	/* expect: sleep-in-atomic */
	n += alloc_via(GFP_KERN);	/* expect: sleep-in-atomic */
	n += submit_sync(F_SYNC | F_EXTRA);	/* expect: sleep-in-atomic */
	n += submit_other(F_MODE);	/* expect: sleep-in-atomic */
	n += submit_other(0);	/* expect: sleep-in-atomic */
	n += alloc_kern(flags);	/* expect: sleep-in-atomic */
	spin_unlock(&io_lock);
	return n;
}
