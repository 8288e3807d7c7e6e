/* SPDX-License-Identifier: MIT */
#ifndef METHOD_H
#define METHOD_H
/* Payment methods, from methods.def: the one list of them. */

enum {
#define METHOD(name, label) METHOD_##name,
#include "money/methods.def"
#undef METHOD
	METHOD__COUNT
};

/* The methods' names as stored ("cash", ...), NULL-terminated, in the order offered. */
extern const char *const method_names[METHOD__COUNT + 1];
/* 1 when name is a method's. */
int		 method_valid(const char *name);
/* What people read for a method ("WeChat Pay", 微信支付); an unknown name as it is. */
const char	*method_label(const char *name);
/* "cash, wechat, alipay, transfer", for messages. */
const char	*method_list(void);
#endif
