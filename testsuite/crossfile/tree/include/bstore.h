/* SPDX-License-Identifier: GPL-2.0 */
/* lib/bstore.c: a storage's file, invalidated (sleeping) elsewhere. */
#include "k.h"

struct bfile { int refs; };
struct bstore { struct bfile *file; int npages; };
struct bmap { spinlock_t lock; struct bstore store; };
void bfile_invalidate(struct bfile *f);
