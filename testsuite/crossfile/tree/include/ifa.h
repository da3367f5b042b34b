/* SPDX-License-Identifier: GPL-2.0 */
struct ifa { int dead; int forwarding; int *group; };
void ifa_leave_group(int *group);	/* lib/ifa_group.c: sleeps */
void ifa_warn_unlocked(void);		/* defined nowhere in the tree */
void ifa_fill_msg(int event, struct ifa *ifa);	/* nor this */
