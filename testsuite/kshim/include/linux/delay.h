/* SPDX-License-Identifier: GPL-2.0 */
/*
 * delay.h - msleep() and usleep_range() sleep; udelay() and mdelay() spin
 * and are fine in atomic context.
 */
#ifndef _LINUX_DELAY_H
#define _LINUX_DELAY_H

#include <linux/types.h>

static inline void msleep(unsigned int msecs)
{
	hm_sleep(1000UL * msecs);
}

static inline unsigned long msleep_interruptible(unsigned int msecs)
{
	hm_sleep(1000UL * msecs);
	return 0;
}

static inline void ssleep(unsigned int seconds)
{
	hm_sleep(1000000UL * seconds);
}

static inline void usleep_range(unsigned long min, unsigned long max)
{
	(void)max;
	hm_sleep(min);
}

static inline void fsleep(unsigned long usecs)
{
	hm_sleep(usecs);
}

#define msleep(ms)			(HM_HERE(), msleep(ms))
#define msleep_interruptible(ms)	(HM_HERE(), msleep_interruptible(ms))
#define ssleep(s)			(HM_HERE(), ssleep(s))
#define usleep_range(min, max)		(HM_HERE(), usleep_range(min, max))
#define fsleep(us)			(HM_HERE(), fsleep(us))

#define ndelay(n)	do { (void)(n); } while (0)
#define udelay(n)	do { (void)(n); } while (0)
#define mdelay(n)	do { (void)(n); } while (0)

#endif
