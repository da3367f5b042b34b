/* Stands for a configured tree (make prepare). */
#define CONFIG_X86 1
