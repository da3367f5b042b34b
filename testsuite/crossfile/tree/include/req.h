/* SPDX-License-Identifier: GPL-2.0 */
/* lib/req.c: requests handed out with their waiting member set. */
struct req {
	struct req *next;
	int waiting;
	int status;
};

struct ctrl {
	spinlock_t lock;
	struct req *free;
};

struct req *req_get(struct ctrl *c, int wait);
struct req *req_get_some(struct ctrl *c, int wait);
struct req *req_get_nowait(struct ctrl *c);
struct req *req_get_always(struct ctrl *c);
int req_exec(struct ctrl *c, struct req *r);
