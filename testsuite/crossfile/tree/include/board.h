/* SPDX-License-Identifier: GPL-2.0 */
/*
 * A board whose private part follows its net device, reached through a
 * pure accessor (member guards through an accessor, lib/board.c).
 */
struct bdev { int id; char pad[60]; };
struct board { int in_reset; int count; };

static inline void *board_priv(const struct bdev *dev)
{
	return (char *)dev + 64;
}

void board_phy_write(struct bdev *dev, int reg);	/* lib/board.c */
