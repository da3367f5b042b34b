// SPDX-License-Identifier: GPL-2.0
/*
 * vfree() defers its work only in interrupt context (bottom halves
 * disabled counts): under a plain spinlock it may sleep, also through a
 * helper.  The _bh form of the same lock is the fix, shown next to it.
 */
#include <linux/highmem.h>
#include <linux/spinlock.h>
#include <linux/vmalloc.h>
#include <hmcase.h>

static DEFINE_SPINLOCK(table_lock);
static void *table_buf;

static void table_drop(void)
{
	vfree(table_buf);	/* expect-runtime: sleep-in-atomic -- the engine sees it inside the helper */
	table_buf = NULL;
}

static void table_reset_wrong(void)
{
	spin_lock(&table_lock);
	table_drop();	/* expect-static: sleep-in-atomic -- the engine places it at vfree in table_drop */
	spin_unlock(&table_lock);
}

static void table_reset_right(void)
{
	spin_lock_bh(&table_lock);
	table_drop();
	spin_unlock_bh(&table_lock);
}

HMCASE_INPUTS(1);

void hmcase_run(const int *in)
{
	(void)in;
	table_buf = vmalloc(PAGE_SIZE);
	table_reset_right();
	table_buf = vmalloc(PAGE_SIZE);
	table_reset_wrong();
}
