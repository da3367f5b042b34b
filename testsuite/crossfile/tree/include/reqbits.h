/* SPDX-License-Identifier: GPL-2.0 */
#define R_SYNC	0x1u
#define R_FUA	0x2u
#define R_META	0x4u
struct rq { unsigned int flags; int len; };
void rq_finish(struct rq *r);		/* lib/reqbits.c */
