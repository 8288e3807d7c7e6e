/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <string.h>

#include "util/i18n.h"
#include "money/method.h"

const char *const method_names[METHOD__COUNT + 1] = {
#define METHOD(name, label) #name,
#include "money/methods.def"
#undef METHOD
	NULL
};

static const char *const method_labels[METHOD__COUNT] = {
#define METHOD(name, label) label,
#include "money/methods.def"
#undef METHOD
};

int
method_valid(const char *name)
{
	for (int i = 0; name != NULL && i < METHOD__COUNT; i++)
		if (strcmp(method_names[i], name) == 0)
			return 1;
	return 0;
}

const char *
method_label(const char *name)
{
	for (int i = 0; name != NULL && i < METHOD__COUNT; i++)
		if (strcmp(method_names[i], name) == 0)
			return _(method_labels[i]);
	return name != NULL ? name : "";
}

const char *
method_list(void)
{
	static const char list[] = ""
#define METHOD(name, label) ", " #name
#include "money/methods.def"
#undef METHOD
	    ;

	return list + 2;	/* past the first ", " */
}
