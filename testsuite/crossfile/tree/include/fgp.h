/* SPDX-License-Identifier: GPL-2.0 */
/* lib/fgp_cache.c, lib/fgp_incore.c: a page cache lookup and its flags. */
#define FGP_LOCK	0x2
#define FGP_HEAD	0x80
#define FGP_ENTRY	0x100
struct space;
void *cache_get(struct space *m, unsigned long i, int fgp);
void *find_incore(struct space *m, unsigned long i);
void *find_locked(struct space *m, unsigned long i);
void *find_flags(struct space *m, unsigned long i, int fgp);
