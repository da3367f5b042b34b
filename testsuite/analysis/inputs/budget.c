// options: --max-steps 3000
#include "kapi.h"

int many_ifs(struct page *page, int *f)
{
	char *addr = kmap_local_page(page);
	int n = 0;

	if (f[0] > n)
		n += f[0] + addr[0];
	else
		n -= 0;
	if (f[1] > n)
		n += f[1] + addr[1];
	else
		n -= 1;
	if (f[2] > n)
		n += f[2] + addr[2];
	else
		n -= 2;
	if (f[3] > n)
		n += f[3] + addr[3];
	else
		n -= 3;
	if (f[4] > n)
		n += f[4] + addr[4];
	else
		n -= 4;
	if (f[5] > n)
		n += f[5] + addr[5];
	else
		n -= 5;
	if (f[6] > n)
		n += f[6] + addr[6];
	else
		n -= 6;
	if (f[7] > n)
		n += f[7] + addr[7];
	else
		n -= 7;
	if (f[8] > n)
		n += f[8] + addr[8];
	else
		n -= 8;
	if (f[9] > n)
		n += f[9] + addr[9];
	else
		n -= 9;
	if (f[10] > n)
		n += f[10] + addr[10];
	else
		n -= 10;
	if (f[11] > n)
		n += f[11] + addr[11];
	else
		n -= 11;
	if (f[12] > n)
		n += f[12] + addr[12];
	else
		n -= 12;
	if (f[13] > n)
		n += f[13] + addr[13];
	else
		n -= 13;
	if (f[14] > n)
		n += f[14] + addr[14];
	else
		n -= 14;
	if (f[15] > n)
		n += f[15] + addr[15];
	else
		n -= 15;
	if (f[16] > n)
		n += f[16] + addr[16];
	else
		n -= 16;
	if (f[17] > n)
		n += f[17] + addr[17];
	else
		n -= 17;
	if (f[18] > n)
		n += f[18] + addr[18];
	else
		n -= 18;
	if (f[19] > n)
		n += f[19] + addr[19];
	else
		n -= 19;
	if (f[20] > n)
		n += f[20] + addr[20];
	else
		n -= 20;
	if (f[21] > n)
		n += f[21] + addr[21];
	else
		n -= 21;
	if (f[22] > n)
		n += f[22] + addr[22];
	else
		n -= 22;
	if (f[23] > n)
		n += f[23] + addr[23];
	else
		n -= 23;
	if (f[24] > n)
		n += f[24] + addr[24];
	else
		n -= 24;
	if (f[25] > n)
		n += f[25] + addr[25];
	else
		n -= 25;
	if (f[26] > n)
		n += f[26] + addr[26];
	else
		n -= 26;
	if (f[27] > n)
		n += f[27] + addr[27];
	else
		n -= 27;
	if (f[28] > n)
		n += f[28] + addr[28];
	else
		n -= 28;
	if (f[29] > n)
		n += f[29] + addr[29];
	else
		n -= 29;
	if (f[30] > n)
		n += f[30] + addr[30];
	else
		n -= 30;
	if (f[31] > n)
		n += f[31] + addr[31];
	else
		n -= 31;
	if (f[32] > n)
		n += f[32] + addr[32];
	else
		n -= 32;
	if (f[33] > n)
		n += f[33] + addr[33];
	else
		n -= 33;
	if (f[34] > n)
		n += f[34] + addr[34];
	else
		n -= 34;
	if (f[35] > n)
		n += f[35] + addr[35];
	else
		n -= 35;
	if (f[36] > n)
		n += f[36] + addr[36];
	else
		n -= 36;
	if (f[37] > n)
		n += f[37] + addr[37];
	else
		n -= 37;
	if (f[38] > n)
		n += f[38] + addr[38];
	else
		n -= 38;
	if (f[39] > n)
		n += f[39] + addr[39];
	else
		n -= 39;
	kunmap_local(addr);
	return n;
}

int many_flags(struct page *page, int a0, int a1, int a2, int a3, int a4, int a5, int a6, int a7)
{
	char *addr = kmap_local_page(page);
	int n = 0;
	if (a0)
		n++;
	if (a1)
		n++;
	if (a2)
		n++;
	if (a3)
		n++;
	if (a4)
		n++;
	if (a5)
		n++;
	if (a6)
		n++;
	if (a7)
		n++;
	kunmap_local(addr);
	return n;
}
