// options: --max-steps 60 -v
#include "kapi.h"

/* The budget runs out long before the return: no leak may be reported. */
int gives_up(struct page *page, int *f)
{
	char *addr = kmap_local_page(page);
	int n = 0;

	if (f[0])
		n += addr[0];
	if (f[1])
		n += addr[1];
	if (f[2])
		n += addr[2];
	if (f[3])
		n += addr[3];
	if (f[4])
		n += addr[4];
	if (f[5])
		n += addr[5];
	if (f[6])
		n += addr[6];
	if (f[7])
		n += addr[7];
	if (f[8])
		n += addr[8];
	if (f[9])
		n += addr[9];
	if (f[10])
		n += addr[10];
	if (f[11])
		n += addr[11];
	if (f[12])
		n += addr[12];
	if (f[13])
		n += addr[13];
	if (f[14])
		n += addr[14];
	if (f[15])
		n += addr[15];
	if (f[16])
		n += addr[16];
	if (f[17])
		n += addr[17];
	if (f[18])
		n += addr[18];
	if (f[19])
		n += addr[19];
	if (f[20])
		n += addr[20];
	if (f[21])
		n += addr[21];
	if (f[22])
		n += addr[22];
	if (f[23])
		n += addr[23];
	if (f[24])
		n += addr[24];
	if (f[25])
		n += addr[25];
	if (f[26])
		n += addr[26];
	if (f[27])
		n += addr[27];
	if (f[28])
		n += addr[28];
	if (f[29])
		n += addr[29];
	if (f[30])
		n += addr[30];
	if (f[31])
		n += addr[31];
	if (f[32])
		n += addr[32];
	if (f[33])
		n += addr[33];
	if (f[34])
		n += addr[34];
	if (f[35])
		n += addr[35];
	if (f[36])
		n += addr[36];
	if (f[37])
		n += addr[37];
	if (f[38])
		n += addr[38];
	if (f[39])
		n += addr[39];
	return n;
}
