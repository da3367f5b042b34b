/* SPDX-License-Identifier: GPL-2.0 */
#define MSG_DONTWAIT	0x40
#define MSG_MORE	0x8000
struct sk { long sndtimeo; int wmem; int sndbuf; };
void *sk_alloc_send(struct sk *sk, int noblock);	/* lib/sk_send.c */
