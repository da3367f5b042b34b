// SPDX-License-Identifier: GPL-2.0
/*
 * Waits after a register write: spins while its board is being reset,
 * else sleeps.  board_phy_write()'s summary keeps the test of
 * "board_priv()->in_reset" of its parameter.
 */
#include "k.h"
#include "board.h"

void mdelay(unsigned long ms);
void write_reg(int reg);

static void board_wait(struct board *db)
{
	if (db->in_reset)
		mdelay(1);
	else
		msleep(1);
}

void board_phy_write(struct bdev *dev, int reg)
{
	struct board *db = board_priv(dev);

	write_reg(reg);
	board_wait(db);
}
