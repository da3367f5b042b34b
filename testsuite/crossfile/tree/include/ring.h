/* SPDX-License-Identifier: GPL-2.0 */
/* A transmit ring whose slot wait sleeps only outside softirq context. */
#include "k.h"

int preempt_count(void);
#define in_softirq()	(preempt_count() & 0xff00)
struct tasklet_struct { void (*func)(struct tasklet_struct *); };
void tasklet_setup(struct tasklet_struct *t,
		   void (*callback)(struct tasklet_struct *));

struct ring { spinlock_t lock; struct tasklet_struct rx; int free; };
int ring_slot_get(struct ring *r);	/* lib/ring_slot.c */
void ring_tx(struct ring *r);		/* fs/ring_tx.c */
