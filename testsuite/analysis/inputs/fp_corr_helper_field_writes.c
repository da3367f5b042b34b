#include "kapi.h"

/*
 * A transfer loop tests a flag of the request through the host pointer,
 * maps, hands the host to a helper that fills other members of it (a FIFO
 * word, a position), and tests the flag again to unmap.  The helper's
 * writes are in its summary: the flag it never writes keeps its value,
 * the members it does write are forgotten.
 */
struct xfer_request {
	int long_data;
	int data_dir;
	struct page *page;
};

struct fifo_host {
	struct xfer_request *req;
	unsigned int io_word[2];
	unsigned int io_pos;
	int busy;
	void *regs;
	struct fifo_sock {
		void *addr;
	} *sock;
};

void fifo_write(unsigned int value, void *addr);

static unsigned int fill_fifo(struct fifo_host *host, unsigned char *buf,
			      unsigned int length)
{
	struct fifo_sock *sock = host->sock;
	unsigned int off = 0;

	while (host->io_pos < 4 && length) {
		host->io_word[0] |= buf[off++] << (host->io_pos * 8);
		host->io_pos++;
		length--;
	}
	fifo_write(host->io_word[0], sock->addr);
	fifo_write(host->io_word[1], host->regs + 4);
	return off;
}

/* Calls another helper that writes host->busy. */
static void mark_busy(struct fifo_host *host)
{
	host->busy = 1;
}

static unsigned int fill_and_mark(struct fifo_host *host, unsigned char *buf,
				  unsigned int length)
{
	mark_busy(host);
	return fill_fifo(host, buf, length);
}

static void drop_request(struct fifo_host *host)
{
	host->req = NULL;
}

/* A helper that writes the flag itself. */
static void finish_request(struct fifo_host *host)
{
	host->req->long_data = 0;
}

/*
 * A helper writing through a pointer a call handed the host returned: it
 * may point anywhere in the host (the request pointer too).
 */
struct fifo_host *peer_of(struct fifo_host *host);

static void reset_through_other(struct fifo_host *host)
{
	struct fifo_host *other = peer_of(host);

	other->io_pos = 0;
}

unsigned int transfer_kept(struct fifo_host *host, unsigned char *data,
			   unsigned int length)
{
	unsigned char *buf;
	unsigned int done;

	if (host->req->long_data)
		buf = kmap_atomic(host->req->page);
	else
		buf = data;
	done = fill_and_mark(host, buf, length);
	if (host->req->long_data)
		kunmap_atomic(buf);
	return done;
}

/* host->req itself is written: host->req->long_data may differ. */
void transfer_request_dropped(struct fifo_host *host)
{
	unsigned char *buf = NULL;

	if (host->req->long_data)
		buf = kmap_atomic(host->req->page);	/* expect: leak */
	drop_request(host);
	if (host->req->long_data)
		kunmap_atomic(buf);	/* expect: unbalanced */
}

void transfer_flag_written(struct fifo_host *host)
{
	unsigned char *buf = NULL;

	if (host->req->long_data)
		buf = kmap_atomic(host->req->page);	/* expect: leak */
	finish_request(host);
	if (host->req->long_data)
		kunmap_atomic(buf);	/* expect: unbalanced */
}

/*
 * The helper writes a member the fact reads: forgotten, except that it
 * only increments it (host->io_pos++), so a position that was non-zero
 * stays non-zero (member_growth.c): no leak; one that was zero may not be.
 */
void transfer_member_written(struct fifo_host *host, unsigned char *data)
{
	unsigned char *buf = NULL;

	if (host->io_pos)
		buf = kmap_atomic(host->req->page);
	fill_fifo(host, data, 4);
	if (host->io_pos)
		kunmap_atomic(buf);	/* expect: unbalanced */
}

void transfer_untraced_write(struct fifo_host *host)
{
	unsigned char *buf = NULL;

	if (host->req->long_data)
		buf = kmap_atomic(host->req->page);	/* expect: leak */
	reset_through_other(host);
	if (host->req->long_data)
		kunmap_atomic(buf);	/* expect: unbalanced */
}
