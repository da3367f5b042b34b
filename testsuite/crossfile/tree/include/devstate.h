/* SPDX-License-Identifier: GPL-2.0 */
enum dev_state { DS_GONE = 0, DS_ATTACHED, DS_CONFIGURED, DS_SUSPENDED };
struct sdev { int state; struct sdev *parent; int can_wake; };
void sdev_set_state(struct sdev *d, int new_state);	/* fs/devstate.c */
void sdev_set_wakeup(struct sdev *d, int on);		/* lib/devwake.c: sleeps */
