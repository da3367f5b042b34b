/* SPDX-License-Identifier: GPL-2.0 */
/* lib/slots.c: a lookup that locks a slot only when both flags are set. */
struct slots;
struct msgbuf { int len; };
int slot_lookup(struct slots *t, int h, int locked, int only_active);
/* lib/slots.c: sends `m`, allocating one with a sleep when it is NULL. */
void slot_send(struct slots *t, struct msgbuf *m);
