// SPDX-License-Identifier: GPL-2.0
/*
 * Under kmap_atomic(), lib/board.c's register write is called after the
 * board was marked as being reset (no sleep), or after it was marked as
 * not (a sleep).
 */
#include "k.h"
#include "board.h"

void board_reset(struct bdev *dev, struct page *page)
{
	struct board *db = board_priv(dev);
	char *p = kmap_atomic(page);

	db->in_reset = 1;
	board_phy_write(dev, p[0]);
	db->in_reset = 0;
	kunmap_atomic(p);
}

void board_reset_cleared(struct bdev *dev, struct page *page)
{
	struct board *db = board_priv(dev);
	char *p = kmap_atomic(page);

	db->in_reset = 0;
	board_phy_write(dev, p[0]);
	kunmap_atomic(p);
}
