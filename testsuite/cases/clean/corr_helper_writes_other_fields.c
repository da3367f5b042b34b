// SPDX-License-Identifier: GPL-2.0
/*
 * A FIFO transfer loop maps the request's page only for a long request,
 * hands the host itself to a helper that fills other members of it (the
 * FIFO word and position), and tests the same flag through the host to
 * unmap.  The helper never writes the request pointer or its flag: clean on
 * every path, whichever the flag and the zone.
 */
#include <linux/highmem.h>
#include <linux/string.h>
#include <hmcase.h>

struct xfer_request {
	int long_data;
	struct page *page;
	unsigned char data[8];
};

struct fifo_host {
	struct xfer_request *req;
	unsigned int io_word;
	unsigned int io_pos;
};

static noinline unsigned int fifo_fill(struct fifo_host *host,
				       const unsigned char *buf,
				       unsigned int length)
{
	unsigned int off = 0;

	while (host->io_pos < 4 && length) {
		host->io_word |= (unsigned int)buf[off++] << (host->io_pos * 8);
		host->io_pos++;
		length--;
	}
	return off;
}

static unsigned int fifo_transfer(struct fifo_host *host, unsigned int length)
{
	const unsigned char *buf;
	unsigned int done = 0, step;

	while (length) {
		if (host->req->long_data)
			buf = kmap_atomic(host->req->page);
		else
			buf = host->req->data;
		step = fifo_fill(host, buf, length);
		if (host->req->long_data)
			kunmap_atomic((void *)buf);
		if (!step)
			break;
		done += step;
		length -= step;
	}
	return done;
}

HMCASE_INPUTS(2, 2, 3);

void hmcase_run(const int *in)
{
	struct xfer_request req = { .long_data = in[1], .page = hmcase_page(in[0]) };
	struct fifo_host host = { .req = &req, .io_pos = (unsigned int)in[2] };

	memset(req.data, 1, sizeof(req.data));
	fifo_transfer(&host, 6);
}
