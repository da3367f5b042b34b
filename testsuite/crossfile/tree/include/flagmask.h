/* SPDX-License-Identifier: GPL-2.0 */
#define GET_LOCK	0x1u
#define GET_CREATE	0x2u
#define GET_NOWAIT	0x4u
#define G_WAIT		0x10u
#define G_IO		0x20u
#define GFP_KERN	(G_WAIT | G_IO)
#define F_MODE		0x3u
#define F_SYNC		0x2u
int get_any(unsigned int flags);		/* lib/flagmask.c */
int get_unless_none(unsigned int flags);	/* lib/flagmask.c */
int alloc_kern(unsigned int gfp);		/* lib/flagmask.c */
int alloc_kern_slow(unsigned int gfp);		/* lib/flagmask.c */
int submit_sync(unsigned int flags);		/* lib/flagmask.c */
int submit_other(unsigned int flags);		/* lib/flagmask.c */
int get_any_slow(unsigned int flags);		/* lib/flagmask.c */
int submit_other_slow(unsigned int flags);	/* lib/flagmask.c */
void flag_slow(void);				/* lib/flagslow.c */
int lookup_flags(unsigned int flags);		/* fs/flagmask.c */
int alloc_flags(unsigned int gfp);		/* fs/flagmask.c */
int lookup_slow(unsigned int flags);		/* fs/flagmask.c */
