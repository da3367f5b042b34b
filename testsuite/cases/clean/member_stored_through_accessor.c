// SPDX-License-Identifier: GPL-2.0
/*
 * A driver's private state follows its device, reached through an
 * accessor that only moves the device pointer.  The timeout handler
 * marks the reset in its own view under the device lock and then writes
 * a register through helpers that take their own view: the wait there
 * spins while the reset is marked, so nothing sleeps under the lock, a
 * local mapping live or not.
 */
#include <linux/highmem.h>
#include <linux/spinlock.h>
#include <linux/delay.h>
#include <hmcase.h>

struct netdev { int id; char pad[60]; };
struct board { spinlock_t lock; int in_reset; unsigned int reg; };
struct board_dev { struct netdev dev; struct board priv; };

static inline void *board_priv(const struct netdev *dev)
{
	return (char *)dev + sizeof(struct netdev);
}

static void board_wait(struct board *db)
{
	if (db->in_reset)
		mdelay(1);
	else
		msleep(1);
}

static void phy_write(struct netdev *dev, unsigned int value)
{
	struct board *db = board_priv(dev);

	db->reg = value;
	board_wait(db);
}

static void init_board(struct netdev *dev, unsigned int value)
{
	phy_write(dev, value);
}

static void board_timeout(struct netdev *dev, struct page *page)
{
	struct board *db = board_priv(dev);
	unsigned int *v = kmap_local_page(page);
	unsigned long flags;

	spin_lock_irqsave(&db->lock, flags);
	db->in_reset = 1;
	init_board(dev, v[0]);
	db->in_reset = 0;
	spin_unlock_irqrestore(&db->lock, flags);
	kunmap_local(v);
}

HMCASE_INPUTS(2);

void hmcase_run(const int *in)
{
	static struct board_dev bd;

	spin_lock_init(&bd.priv.lock);
	board_timeout(&bd.dev, hmcase_page(in[0]));
}
