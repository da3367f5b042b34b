// SPDX-License-Identifier: GPL-2.0
/* A helper in another file drops both locks it is called with to sleep. */
#include "k.h"

struct qp_pair { spinlock_t outer, inner, extra; };
void qp_drop_both(struct qp_pair *q);	/* lib/qp_reset.c */

/* Holds exactly what the helper drops. */
void qp_reset(struct qp_pair *q)
{
	spin_lock(&q->outer);
	spin_lock(&q->inner);
	qp_drop_both(q);
	spin_unlock(&q->inner);
	spin_unlock(&q->outer);
}

/* Holds one lock more: still atomic when the helper sleeps. */
void qp_reset_nested(struct qp_pair *q)
{
	spin_lock(&q->extra);
	spin_lock(&q->outer);
	spin_lock(&q->inner);
	qp_drop_both(q);
	spin_unlock(&q->inner);
	spin_unlock(&q->outer);
	spin_unlock(&q->extra);
}
