/* SPDX-License-Identifier: GPL-2.0 */
/* A route request built on the caller's stack (initializer zeros). */
struct route_cfg {
	int table;
	int flags;
	void *mx;
	int mx_len;
};
void *metrics_init(void *mx, int len);		/* lib/route_metrics.c */
void metrics_convert(void *m, void *mx, int len);	/* lib/route_convert.c */
void *route_add(struct route_cfg *cfg);		/* lib/route_add.c */
void *route_add_local(int table);		/* lib/route_add.c */
