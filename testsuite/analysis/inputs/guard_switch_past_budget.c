#include "kapi.h"

/*
 * A helper that sleeps only in one case of a switch on its parameter
 * (`switch (event)`, case EV_DEL), where so many paths meet that the
 * block's budget of states is reached: the states then forget the facts
 * nothing ahead reads, but a fact of a parameter the helper never assigns
 * is what its caller passed, and the sleep's guard (`event == EV_DEL`)
 * is made of it.  A caller passing EV_ADD under its spinlock does not
 * sleep; one passing EV_DEL does.
 */
#define EV_ADD	20
#define EV_DEL	21

struct ifa {
	int a, b, c, d, e, f, g;
	int count;
};

void note_member(int which);

static void ifa_notify(int event, struct ifa *ifp)
{
	switch (event) {
	case EV_ADD:
		ifp->count++;
		break;
	case EV_DEL:
		if (ifp->a)
			note_member(1);
		if (ifp->b)
			note_member(2);
		if (ifp->c)
			note_member(3);
		if (ifp->d)
			note_member(4);
		if (ifp->e)
			note_member(5);
		if (ifp->f)
			note_member(6);
		if (ifp->g)
			note_member(7);
		msleep(1);
		if (ifp->a)
			note_member(11);
		if (ifp->b)
			note_member(12);
		if (ifp->c)
			note_member(13);
		if (ifp->d)
			note_member(14);
		if (ifp->e)
			note_member(15);
		if (ifp->f)
			note_member(16);
		if (ifp->g)
			note_member(17);
		break;
	}
}

static spinlock_t ifa_lock;

void ifa_added(struct ifa *ifp)
{
	spin_lock(&ifa_lock);
	ifa_notify(EV_ADD, ifp);
	spin_unlock(&ifa_lock);
}

void ifa_deleted(struct ifa *ifp)
{
	spin_lock(&ifa_lock);
	ifa_notify(EV_DEL, ifp);	/* expect: sleep-in-atomic */
	spin_unlock(&ifa_lock);
}
