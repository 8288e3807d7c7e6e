/* SPDX-License-Identifier: MIT */
/*
 * libFuzzer harness: identity numbers of every document type, with and
 * without a gender, through idcard_check, idcard_decode, idcard_upgrade15 and
 * idcard_mask.  Invariants checked: a number idcard_decode accepts gets no
 * flag from idcard_check, and a mask keeps the length.
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "roster/idcard.h"

static const char *const types[] = {
	NULL, "居民身份证", "港澳居民居住证", "台湾居民居住证", "外国人永久居留身份证",
	"护照", "港澳居民来往内地通行证", "台湾居民来往大陆通行证",
};

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct flag_list fl = FLAG_LIST_INIT;
	struct idcard_info info;
	const char *type, *gender;
	char *s, *m, *up;

	if (size < 1)
		return 0;
	type = types[data[0] % (sizeof types / sizeof types[0])];
	gender = (data[0] & 0x80) ? "男" : (data[0] & 0x40) ? "女" : NULL;
	s = malloc(size);
	memcpy(s, data + 1, size - 1);
	s[size - 1] = '\0';

	idcard_check(type, s, gender, NULL, "20261124", &fl);
	flag_list_clear(&fl);
	if (idcard_decode(s, &info) == 0) {
		idcard_check(NULL, s, NULL, NULL, "99991231", &fl);
		if (fl.n != 0)
			abort();	/* decode and check disagree */
		flag_list_clear(&fl);
	}
	m = idcard_mask(s);
	if (strlen(s) > 4 && strlen(m) != strlen(s))
		abort();
	free(m);
	up = idcard_upgrade15(s);
	if (up != NULL && strlen(up) != 18)
		abort();
	free(up);
	free(s);
	return 0;
}
