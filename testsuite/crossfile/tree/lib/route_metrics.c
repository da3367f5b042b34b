// SPDX-License-Identifier: GPL-2.0
/*
 * Metrics are allocated and converted (lib/route_convert.c) only when the
 * request carries some.
 */
#include "k.h"
#include "route.h"

void *kzalloc(unsigned long size, unsigned int flags);

void *metrics_init(void *mx, int len)
{
	void *m;

	if (!mx)
		return 0;
	m = kzalloc(len, 0xcc0u);
	metrics_convert(m, mx, len);
	return m;
}
