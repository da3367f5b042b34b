/* Stands for include/linux/kconfig.h, which kbuild passes with -include. */
#define CONFIG_HM_NEEDED 1
