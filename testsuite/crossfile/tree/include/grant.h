/* SPDX-License-Identifier: GPL-2.0 */
/* lib/grant_iter.c: walks the grants of a page, handing each to a callback. */
#include "k.h"

typedef void (*grant_fn_t)(void *data, int grant);
void grant_foreach(struct page *pg, grant_fn_t fn, void *data);
