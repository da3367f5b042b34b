#include "kapi.h"

/*
 * A request fills its page array in a loop counted by a member of a local
 * structure (`while (req.npages < want) { ...; req.npages++; }`), then,
 * on a retry the server asks for, maps the first page (fuse_do_ioctl()
 * shape).  The member's increment is a new value: the loop's test is
 * decided anew each time, and the walk leaves the loop.  (It once took
 * `req.npages++` for a pointer moving inside its mapping, kept the test's
 * fact, and never got past the loop but by its `goto out`: nothing after
 * it was checked.)  The double unmap and the use after unmap after the
 * loop are reported; the same code unmapping once is clean.
 */
struct request {
	struct page **pages;
	unsigned int npages;
};

struct reply {
	unsigned int flags;
	int count;
};

#define RETRY_FLAG 1

int send_request(struct request *req, struct reply *out);
int parse_vector(const void *vaddr, int count);

static int fill_pages(struct request *req, unsigned int want)
{
	while (req->npages < want) {
		req->pages[req->npages] = alloc_page(GFP_KERNEL);
		if (!req->pages[req->npages])
			return -1;
		req->npages++;
	}
	return 0;
}

long do_request(struct page **pages, unsigned int want)
{
	struct request req = { .pages = pages };
	struct reply out;
	void *vaddr;
	int err;

	while (req.npages < want) {
		req.pages[req.npages] = alloc_page(GFP_KERNEL);
		if (!req.pages[req.npages])
			goto out;
		req.npages++;
	}
	err = send_request(&req, &out);
	if (err < 0)
		goto out;
	if (out.flags & RETRY_FLAG) {
		vaddr = kmap_local_page(req.pages[0]);
		err = parse_vector(vaddr, out.count);
		kunmap_local(vaddr);
		kunmap_local(vaddr);	/* expect: unbalanced */
	}
out:
	return err;
}

long do_request_use(struct page **pages, unsigned int want)
{
	struct request req = { .pages = pages };
	struct reply out;
	char *vaddr;
	int err = -1;

	while (req.npages < want) {
		req.pages[req.npages] = alloc_page(GFP_KERNEL);
		if (!req.pages[req.npages])
			goto out;
		req.npages++;
	}
	err = send_request(&req, &out);
	if (err < 0)
		goto out;
	if (out.flags & RETRY_FLAG) {
		vaddr = kmap_local_page(req.pages[0]);
		kunmap_local(vaddr);
		err = vaddr[0];		/* expect: use-after-unmap */
	}
out:
	return err;
}

long do_request_clean(struct page **pages, unsigned int want)
{
	struct request req = { .pages = pages };
	struct reply out;
	void *vaddr;
	int err;

	err = fill_pages(&req, want);
	if (err)
		return err;
	err = send_request(&req, &out);
	if (err < 0)
		return err;
	if (out.flags & RETRY_FLAG) {
		vaddr = kmap_local_page(req.pages[0]);
		err = parse_vector(vaddr, out.count);
		kunmap_local(vaddr);
	}
	return err;
}
