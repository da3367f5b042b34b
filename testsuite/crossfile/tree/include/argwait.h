/* SPDX-License-Identifier: GPL-2.0 */
struct holder { long v; };
void arg_wait(long v);		/* lib/argwait.c: sleeps if v */
void arg_pass(struct holder *h, int c);	/* fs/argpass.c */
