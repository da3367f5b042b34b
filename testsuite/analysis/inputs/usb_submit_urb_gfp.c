#include "kapi.h"

/*
 * usb_submit_urb()'s contract is its gfp argument (drivers/usb/core/urb.c:
 * "GFP_ATOMIC ... in interrupt context or while holding a spinlock"):
 * rules/alloc.rules lists it as an allocator.  Its body reaches a
 * might_sleep() only for a control URB to a root hub, a test of the URB
 * no caller's path decides; drivers submit their own devices' bulk and
 * interrupt URBs with GFP_ATOMIC under their locks (drivers/usb/serial,
 * with --db).  The rule stands above the body, here or in another file.
 */
void might_sleep(void);

struct usb_device { struct usb_device *parent; };
struct endpoint { unsigned char attributes; };
struct urb { struct usb_device *dev; struct endpoint *ep; void *buf; };
struct port { spinlock_t lock; struct urb *urb; int busy; };

static int root_hub_control(struct urb *urb)
{
	might_sleep();
	return urb->buf ? 0 : -22;
}

int hcd_enqueue(struct urb *urb, gfp_t mem_flags);

int usb_submit_urb(struct urb *urb, gfp_t mem_flags)
{
	if (!urb || !urb->dev)
		return -22;
	if (!urb->dev->parent && (urb->ep->attributes & 3) == 0)
		return root_hub_control(urb);
	return hcd_enqueue(urb, mem_flags);
}

int port_write_locked(struct port *p)
{
	int ret;

	spin_lock(&p->lock);
	p->busy = 1;
	ret = usb_submit_urb(p->urb, GFP_ATOMIC);
	spin_unlock(&p->lock);
	return ret;
}

int port_write_nowait(struct port *p)
{
	int ret;

	spin_lock(&p->lock);
	ret = usb_submit_urb(p->urb, GFP_NOWAIT);
	spin_unlock(&p->lock);
	return ret;
}

int port_write_kernel(struct port *p)
{
	int ret;

	spin_lock(&p->lock);
	ret = usb_submit_urb(p->urb, GFP_KERNEL);	/* expect: sleep-in-atomic */
	spin_unlock(&p->lock);
	return ret;
}

/* Outside any lock: GFP_KERNEL is what it should pass. */
int port_write_process(struct port *p)
{
	return usb_submit_urb(p->urb, GFP_KERNEL);
}
