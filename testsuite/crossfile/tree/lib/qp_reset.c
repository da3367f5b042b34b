// SPDX-License-Identifier: GPL-2.0
#include "k.h"

struct qp_pair { spinlock_t outer, inner, extra; };

/* Called with both locks held: drops them, sleeps, takes them again. */
void qp_drop_both(struct qp_pair *q)
{
	spin_unlock(&q->inner);
	spin_unlock(&q->outer);
	msleep(1);
	spin_lock(&q->outer);
	spin_lock(&q->inner);
}
