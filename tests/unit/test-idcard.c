/* SPDX-License-Identifier: MIT */
/* GB 11643 identity numbers: every rule of SPEC §5, and a property test. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "roster/idcard.h"
#include "unit.h"

#define TODAY "20261124"

/* The codes idcard_check raises for number, as "A,B" (empty when none). */
static const char *
codes(const char *type, const char *number, const char *gender)
{
	static char buf[256];
	struct flag_list fl = FLAG_LIST_INIT;

	buf[0] = '\0';
	idcard_check(type, number, gender, NULL, TODAY, &fl);
	for (size_t i = 0; i < fl.n; i++) {
		if (i > 0)
			strcat(buf, ",");
		strcat(buf, flag_info(fl.v[i].code)->name);
		if (fl.v[i].severity == SEV_WARNING)
			strcat(buf, "(w)");
	}
	flag_list_clear(&fl);
	return buf;
}

static void
test_examples(void)
{
	/* GB 11643-1999's own examples */
	CHECK_STR(codes(NULL, "11010519491231002X", "女"), "");
	CHECK_STR(codes(NULL, "440524188001010014", "男"), "");
	CHECK(idcard_check_char("11010519491231002") == 'X');
	CHECK(idcard_check_char("44052418800101001") == '4');
	/* Hong Kong and Taiwan residence permits */
	CHECK_STR(codes("港澳居民居住证", "810000199408230021", "女"), "");
	CHECK_STR(codes("台湾居民居住证", "830000199201300022", "女"), "");
	/* the 2023 foreigner permanent-residence card: 9, province 11, country 840 */
	CHECK_STR(codes("外国人永久居留身份证", "91184019900101123X", "男"), "");
	CHECK_STR(codes(NULL, "91184019900101123X", NULL), "");
}

static void
test_failures(void)
{
	CHECK_STR(codes(NULL, "110105194912310021", NULL), "ID_CHECKSUM");
	CHECK_STR(codes(NULL, "11010519491231002x", NULL), "ID_FORMAT");	/* lower x is normalised before */
	CHECK_STR(codes(NULL, "1101051949123100", NULL), "ID_FORMAT");
	CHECK_STR(codes(NULL, "11010519491231002XX", NULL), "ID_FORMAT");
	CHECK_STR(codes(NULL, "3.70102E+17", NULL), "ID_SCI_NOTATION");
	CHECK_STR(codes(NULL, "3.70102e17", NULL), "ID_SCI_NOTATION");
	CHECK_STR(codes(NULL, "370102900307123", NULL), "ID_LEGACY_15");
	/* 1990-02-30 is not a date; the check digit is for the digits as written */
	{
		char n[19] = "37010219900230123";
		n[17] = idcard_check_char(n);
		n[18] = '\0';
		CHECK_STR(codes(NULL, n, NULL), "ID_BIRTHDATE");
	}
	/* born in the future */
	{
		char n[19] = "37010220990101123";
		n[17] = idcard_check_char(n);
		n[18] = '\0';
		CHECK_STR(codes(NULL, n, NULL), "ID_BIRTHDATE");
	}
	/* province 99 does not exist */
	{
		char n[19] = "99010219900307123";
		n[17] = idcard_check_char(n);
		n[18] = '\0';
		CHECK_STR(codes(NULL, n, NULL), "ID_REGION");
	}
	/* gender: sequence 123 is odd, so male */
	CHECK_STR(codes(NULL, "370102199003071238", "男"), "");
	CHECK_STR(codes(NULL, "370102199003071238", "女"), "ID_GENDER");
	CHECK_STR(codes(NULL, "370102199003071246", "男"), "ID_GENDER");
	/* a malformed number gets no gender or checksum flag */
	CHECK_STR(codes(NULL, "37010219900307", "女"), "ID_FORMAT");
	CHECK_STR(codes(NULL, "", "女"), "");
	/* other documents: shape only */
	CHECK_STR(codes("护照", "E12345678", NULL), "");
	CHECK_STR(codes("护照", "E1", NULL), "ID_FORMAT");
	CHECK_STR(codes("港澳居民来往内地通行证", "H12345678", NULL), "");
	CHECK_STR(codes("港澳居民来往内地通行证", "X12345678", NULL), "ID_FORMAT");
	CHECK_STR(codes("台湾居民来往大陆通行证", "12345678", NULL), "");
}

static void
test_helpers(void)
{
	struct idcard_info info;
	char *s;

	s = idcard_upgrade15("370102900307123");
	CHECK_STR(s, "370102199003071238");
	free(s);
	CHECK(idcard_upgrade15("37010290030712") == NULL);
	CHECK(idcard_decode("11010519491231002X", &info) == 0);
	CHECK(info.province == 11 && info.year == 1949 && info.month == 12 && info.day == 31);
	CHECK(info.male == 0);
	CHECK(idcard_decode("110105194912310021", &info) == -1);
	CHECK_STR(idcard_province_name(37), "山东省");
	CHECK(idcard_province_name(99) == NULL);
	s = idcard_mask("370102199003071238");
	CHECK_STR(s, "370102********1238");
	free(s);
}

/* A reproducible generator, so a failure can be replayed. */
static unsigned long rng = 20210301;
static int
rnd(int n)
{
	rng = rng * 6364136223846793005UL + 1442695040888963407UL;
	return (int)((rng >> 33) % (unsigned long)n);
}

static void
test_property(void)
{
	static const int provinces[] = { 11, 13, 23, 32, 37, 44, 46, 53, 65, 81, 82, 83 };
	int valid_ok = 0, corrupt_caught = 0;

	for (int i = 0; i < 5000; i++) {
		char n[19], m[19];
		int d;

		snprintf(n, sizeof n, "%02d%04d%04d%02d%02d%03d",
		    provinces[rnd(12)], rnd(10000), 1950 + rnd(60), 1 + rnd(12), 1 + rnd(28), rnd(1000));
		n[17] = idcard_check_char(n);
		n[18] = '\0';
		if (strcmp(codes(NULL, n, NULL), "") == 0)
			valid_ok++;
		/* one changed digit or a swap of two different neighbours is always caught */
		memcpy(m, n, sizeof m);
		d = rnd(17);
		if (rnd(2) == 0)
			m[d] = (char)('0' + (m[d] - '0' + 1 + rnd(9)) % 10);
		else if (m[d] != m[d + 1] && m[d + 1] != 'X') {
			char t = m[d];
			m[d] = m[d + 1];
			m[d + 1] = t;
		} else
			m[d] = (char)('0' + (m[d] - '0' + 1) % 10);
		if (strstr(codes(NULL, m, NULL), "ID_CHECKSUM") != NULL)
			corrupt_caught++;
		else
			fprintf(stderr, "not caught: %s from %s\n", m, n);
	}
	CHECK(valid_ok == 5000);
	CHECK(corrupt_caught == 5000);
}

/* The county table is optional data: with it, an unknown county is a warning. */
static void
test_regions(void)
{
	char path[] = "/tmp/caiji-regions-XXXXXX";
	struct idcard_regions *r;
	struct flag_list fl = FLAG_LIST_INIT;
	char *cause = NULL;
	FILE *f;
	int fd = mkstemp(path);

	if (fd < 0 || (f = fdopen(fd, "w")) == NULL)
		exit(99);
	fputs("# test\ncode\tname\n370102\t历下区\n110105\t朝阳区\n", f);
	fclose(f);
	r = idcard_regions_load(path, &cause);
	CHECK(r != NULL);
	CHECK_STR(idcard_regions_name(r, "370102"), "历下区");
	CHECK(idcard_regions_name(r, "370199") == NULL);
	idcard_check(NULL, "370102199003071238", NULL, r, TODAY, &fl);
	CHECK(fl.n == 0);
	flag_list_clear(&fl);
	/* 370199 is under a valid province but not in the table: a warning only */
	{
		char n[19] = "37019919900307123";
		n[17] = idcard_check_char(n);
		n[18] = '\0';
		idcard_check(NULL, n, NULL, r, TODAY, &fl);
		CHECK(fl.n == 1 && fl.v[0].code == FLAG_ID_REGION && fl.v[0].severity == SEV_WARNING);
		flag_list_clear(&fl);
	}
	idcard_regions_free(&r);
	CHECK(r == NULL);
	unlink(path);
	CHECK(idcard_regions_load(path, &cause) == NULL && cause != NULL);
	free(cause);
}

int
main(void)
{
	test_examples();
	test_failures();
	test_helpers();
	test_property();
	test_regions();
	return unit_done();
}
