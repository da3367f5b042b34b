// SPDX-License-Identifier: GPL-2.0
#include "k.h"
#include "pin.h"

int window_pin(struct window *w, char **mapp)
{
	char *map;

	if (w->direct) {
		*mapp = 0;
		return 1;
	}
	map = kmap_atomic(w->page);
	if (w->misses) {
		kunmap_atomic(map);
		return 0;
	}
	*mapp = map;
	return 1;
}

int window_pin_always(struct window *w, char **mapp)
{
	*mapp = kmap_atomic(w->page);
	return !w->misses;
}
