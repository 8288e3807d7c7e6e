/* SPDX-License-Identifier: MIT */
#ifndef USER_H
#define USER_H
/* The Unix user running caiji, recorded in the audit log and on documents. */
const char *user_name(void);
#endif
