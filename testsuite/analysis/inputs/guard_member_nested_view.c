#include "kapi.h"

/*
 * A request helper sets the request's waiting member to its `wait` and
 * returns it; the runner sleeps only if the member is set.  Between the
 * two, the caller fills the request's command through a view of a view
 * (`cmd = &r->cmd; args = &cmd->in.args; args->port = port;`): a local
 * defined once as the address of a member of another such local writes
 * within the outer member, so r->waiting stays known and a caller passing
 * false under a spinlock does not sleep.
 *
 * Still reported: the inner view reaching the member through a pointer
 * the outer member holds (`flag = &cmd->owner->waiting`), which may be
 * the request itself.
 */
struct req;

struct req_args {
	int port;
	int add;
};

struct req_cmd {
	int op;
	struct req *owner;
	struct {
		struct req_args args;
		long scratch;
	} in;
};

struct req {
	struct req *next;
	struct req_cmd cmd;
	int waiting;
	int status;
};

struct ctrl {
	spinlock_t lock;
	struct req *free;
};

void req_post(struct ctrl *c, int op);

static struct req *req_get(struct ctrl *c, bool wait)
{
	struct req *r = kmalloc(sizeof(*r), GFP_ATOMIC);

	if (!r)
		return NULL;
	r->status = 0;
	r->waiting = wait;
	return r;
}

static int req_run(struct ctrl *c, struct req *r)
{
	req_post(c, r->cmd.op);
	if (r->waiting)
		msleep(10);
	return r->status;
}

static int send_port(struct ctrl *c, int port, bool wait)
{
	struct req *r = req_get(c, wait);
	struct req_cmd *cmd;
	struct req_args *args;

	if (!r)
		return -1;
	cmd = &r->cmd;
	args = &cmd->in.args;
	memset(args, 0, sizeof(*args));
	args->port = port;
	args->add = wait;
	cmd->op = 7;
	cmd->in.scratch = 0;
	return req_run(c, r);
}

/* The inner view goes through a pointer the command holds. */
static int send_owned(struct ctrl *c, int port, bool wait)
{
	struct req *r = req_get(c, wait);
	struct req_cmd *cmd;
	int *flag;

	if (!r)
		return -1;
	cmd = &r->cmd;
	flag = &cmd->owner->waiting;
	*flag = port;
	return req_run(c, r);
}

void del_port(struct ctrl *c, int port)
{
	spin_lock(&c->lock);
	send_port(c, port, false);
	spin_unlock(&c->lock);
}

void add_port(struct ctrl *c, int port)
{
	spin_lock(&c->lock);
	send_port(c, port, true);	/* expect: sleep-in-atomic */
	spin_unlock(&c->lock);
}

void del_owned(struct ctrl *c, int port)
{
	spin_lock(&c->lock);
	send_owned(c, port, false);	/* expect: sleep-in-atomic */
	spin_unlock(&c->lock);
}
