// SPDX-License-Identifier: GPL-2.0
#include "k.h"
#include "pin.h"

int fill(struct window *w, int n, int patience)
{
	char *map;

	while (n) {
		while (!window_pin(w, &map)) {
			if (!patience--)
				goto out;
		}
		if (map)
			kunmap_atomic(map);
		n--;
	}
out:
	msleep(1);
	return n;
}

int fill_forgetful(struct window *w, int n)
{
	char *map;

	if (!window_pin(w, &map))
		return -1;
	if (n)
		return n;
	kunmap_atomic(map);
	return 0;
}

int fill_always(struct window *w)
{
	char *map;

	if (!window_pin_always(w, &map))
		return -1;
	kunmap_atomic(map);
	return 0;
}
