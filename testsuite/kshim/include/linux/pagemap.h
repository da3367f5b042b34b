/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_PAGEMAP_H
#define _LINUX_PAGEMAP_H

#include <linux/mm.h>
#include <linux/highmem.h>

/* Taking a page lock might sleep; trylock and unlock do not. */
#define folio_lock(folio)						\
	do { HM_HERE(); hm_might_sleep(); (folio)->page.flags |= 1UL << PG_locked; } while (0)
#define lock_page(page)							\
	do { HM_HERE(); hm_might_sleep(); (page)->flags |= 1UL << PG_locked; } while (0)
#define folio_unlock(folio)	((folio)->page.flags &= ~(1UL << PG_locked))
#define unlock_page(page)	((page)->flags &= ~(1UL << PG_locked))
#define trylock_page(page)						\
	({ bool __locked = !((page)->flags & (1UL << PG_locked));	\
	   (page)->flags |= 1UL << PG_locked; __locked; })

#endif
