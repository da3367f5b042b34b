/* SPDX-License-Identifier: GPL-2.0 */
/* lib/hba.c: helpers of a host adapter whose revision decides its locks. */
#include "k.h"

struct hba_ring { spinlock_t lock; int pending; };
struct hba { spinlock_t lock; int rev; int aborts; };
int hba_match(struct hba *h, struct hba_ring *r, int tag);
void hba_reset_rev(struct hba *h, struct hba_ring *r);
