// SPDX-License-Identifier: GPL-2.0
/*
 * Events multicast through a static helper and an inline one that pass
 * the gfp on to lib/pool.c's allocator, which sleeps only for a gfp with
 * direct reclaim (drivers/scsi/scsi_transport_iscsi.c
 * iscsi_conn_error_event() -> iscsi_multicast_skb(GFP_ATOMIC) ->
 * nlmsg_multicast() -> net/netlink/af_netlink.c netlink_broadcast()).
 * Analysed before lib/pool.c is known, the call outs keep which
 * parameter carries the gfp, and the constant each caller passes.
 */
#include "k.h"

void *pool_alloc(unsigned long size, unsigned int gfp);	/* lib/pool.c */

static inline void *msg_send(int group, unsigned int flags)
{
	return pool_alloc(group, flags);
}

static void *event_multicast(int group, unsigned int gfp)
{
	return msg_send(group, gfp);
}

void event_post(int group)
{
	event_multicast(group, 0x820u);		/* GFP_ATOMIC */
}

void event_post_kernel(int group)
{
	event_multicast(group, 0xcc0u);		/* GFP_KERNEL */
}

/* The caller's gfp, passed on: decided where it is called. */
void event_post_gfp(int group, unsigned int gfp)
{
	event_multicast(group, gfp);
}

/* Passed on changed: nothing is known of what reaches the allocator. */
void event_post_more(int group, unsigned int gfp)
{
	gfp |= 0x400u;
	event_multicast(group, gfp);
}
