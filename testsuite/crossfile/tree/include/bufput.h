/* SPDX-License-Identifier: GPL-2.0 */
struct buf { int len; };
void put_buf(struct buf *b);		/* lib/bufput.c */
struct buf *next_buf(void);		/* defined nowhere */
void fill_buf(struct buf **pp);		/* defined nowhere */
