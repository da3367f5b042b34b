#include "kapi.h"

/*
 * A driver reaches its private state through a pure accessor of the
 * object it is handed: `struct board *db = board_priv(dev);`, where
 * board_priv() only returns `dev` moved by a constant.  The helper that
 * sleeps unless db->in_reset is nonzero is called from a function that
 * takes its own board_priv(dev), and that one from a caller that stored
 * 1 in its own view's in_reset under a spinlock: the middle function's
 * summary keeps the test as "board_priv()->in_reset" of its parameter
 * dev, the caller finds its local holding board_priv(dev) and the stored
 * constant, and knows nothing sleeps.  A helper testing its own view
 * (`if (!db->in_reset) mutex_lock()`) is the same test.  A call between
 * that passes only a string literal and a pointer loaded from db to a
 * function elsewhere writes nothing of db (call_writes.c).
 *
 * Still reported: the caller storing 0 or nothing; a call handed db
 * between the store and the call; an accessor that reads memory
 * (`return dev->priv;`) rather than moving its parameter; a middle
 * function that writes the member before the call.
 */
struct net_dev { int id; char pad[60]; void *priv; };
struct device;
struct board {
	struct device *dev;
	spinlock_t lock;
	struct mutex addr_lock;
	int in_reset;
};

void mdelay(unsigned long ms);
void board_poke(struct board *db);
void writereg(int reg, int val);
void dev_note(struct device *dev, const char *fmt, ...);

static inline void *board_priv(const struct net_dev *dev)
{
	return (char *)dev + 64;
}

static inline void *board_priv_loaded(const struct net_dev *dev)
{
	return dev->priv;
}

static void board_wait(struct board *db, unsigned int ms)
{
	if (db->in_reset)
		mdelay(ms);
	else
		msleep(ms);
}

static void phy_write(struct net_dev *dev, int reg, int val)
{
	struct board *db = board_priv(dev);

	writereg(reg, val);
	board_wait(db, 1);
}

static void phy_write_locked(struct net_dev *dev, int reg, int val)
{
	struct board *db = board_priv(dev);

	if (!db->in_reset)
		mutex_lock(&db->addr_lock);
	writereg(reg, val);
	if (!db->in_reset)
		mutex_unlock(&db->addr_lock);
}

static void phy_write_loaded(struct net_dev *dev, int reg, int val)
{
	struct board *db = board_priv_loaded(dev);

	writereg(reg, val);
	board_wait(db, 1);
}

static void phy_write_cleared(struct net_dev *dev, int reg, int val)
{
	struct board *db = board_priv(dev);

	db->in_reset = 0;
	board_wait(db, 1);
	writereg(reg, val);
}

/* Writes nothing of *db: a string and a pointer loaded from it. */
static void board_log(struct board *db)
{
	dev_note(db->dev, "init");
}

static void init_board(struct net_dev *dev)
{
	struct board *db = board_priv(dev);

	board_log(db);
	phy_write(dev, 0, 1);
	phy_write_locked(dev, 1, 1);
}

void board_reset(struct net_dev *dev)
{
	struct board *db = board_priv(dev);
	unsigned long flags;

	spin_lock_irqsave(&db->lock, flags);
	db->in_reset = 1;
	init_board(dev);
	db->in_reset = 0;
	spin_unlock_irqrestore(&db->lock, flags);
}

void board_reset_cleared(struct net_dev *dev)
{
	struct board *db = board_priv(dev);
	unsigned long flags;

	spin_lock_irqsave(&db->lock, flags);
	db->in_reset = 0;
	init_board(dev);	/* expect: sleep-in-atomic */
	spin_unlock_irqrestore(&db->lock, flags);
}

void board_reset_nothing(struct net_dev *dev)
{
	struct board *db = board_priv(dev);
	unsigned long flags;

	spin_lock_irqsave(&db->lock, flags);
	phy_write(dev, 0, 1);	/* expect: sleep-in-atomic */
	spin_unlock_irqrestore(&db->lock, flags);
}

void board_reset_poked(struct net_dev *dev)
{
	struct board *db = board_priv(dev);
	unsigned long flags;

	spin_lock_irqsave(&db->lock, flags);
	db->in_reset = 1;
	board_poke(db);
	init_board(dev);	/* expect: sleep-in-atomic */
	spin_unlock_irqrestore(&db->lock, flags);
}

void board_reset_loaded(struct net_dev *dev)
{
	struct board *db = board_priv_loaded(dev);
	unsigned long flags;

	spin_lock_irqsave(&db->lock, flags);
	db->in_reset = 1;
	phy_write_loaded(dev, 0, 1);	/* expect: sleep-in-atomic */
	db->in_reset = 0;
	spin_unlock_irqrestore(&db->lock, flags);
}

void board_reset_inner_clear(struct net_dev *dev)
{
	struct board *db = board_priv(dev);
	unsigned long flags;

	spin_lock_irqsave(&db->lock, flags);
	db->in_reset = 1;
	phy_write_cleared(dev, 0, 1);	/* expect: sleep-in-atomic */
	db->in_reset = 0;
	spin_unlock_irqrestore(&db->lock, flags);
}
