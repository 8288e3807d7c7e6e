/* SPDX-License-Identifier: MIT */
#ifndef IDCARD_H
#define IDCARD_H
/*
 * Identity document numbers (SPEC §5): GB 11643-1999 resident ID numbers,
 * the residence permits and the 2023 foreigner permanent-residence card that
 * share its check digit, legacy 15-digit numbers, and other documents checked
 * for shape only.
 */
#include "flag/flag.h"

/* What an 18-digit number says about its holder. */
struct idcard_info {
	int	 province;	/* 37 */
	char	 region[7];	/* "370102"; for a 9-prefixed card "9" and the province */
	int	 year, month, day;
	int	 male;		/* 1 male (odd sequence digit), 0 female */
	int	 foreigner;	/* a 9-prefixed permanent-residence card */
};

/* The set of known 6-digit county codes (data/regions.tsv), current and retired. */
struct idcard_regions;

/* Loads data/regions.tsv-style data (code, name); NULL with *cause on error. */
struct idcard_regions	*idcard_regions_load(const char *path, char **cause);
void			 idcard_regions_free(struct idcard_regions **);
/* The name of a county code, or NULL when unknown. */
const char		*idcard_regions_name(const struct idcard_regions *, const char *code6);

/* The province's Chinese name for a 2-digit code (37 → 山东省), or NULL. */
const char	*idcard_province_name(int code);

/* The check character ('0'-'9' or 'X') for the first 17 digits. */
char		 idcard_check_char(const char *digits17);

/* 1 when id_type names a document with an 18-digit GB 11643-style number. */
int		 idcard_type_is_resident(const char *id_type);

/*
 * Checks a document number of type id_type (NULL or "" means 居民身份证)
 * and adds what is wrong to fl: ID_SCI_NOTATION, ID_LEGACY_15, ID_FORMAT,
 * ID_REGION (error for an unknown province, warning for an unknown county
 * when regions is not NULL), ID_BIRTHDATE, ID_CHECKSUM.  A number that fails
 * its shape gets only the shape code.  An empty number adds nothing (the
 * caller reports FIELD_MISSING).  When gender ("男"/"女") is given and the
 * number is well-formed, a mismatch adds ID_GENDER.  today is "YYYYMMDD" for
 * the future-birth-date check, or NULL for the current date.
 */
void		 idcard_check(const char *id_type, const char *number, const char *gender,
		    const struct idcard_regions *regions, const char *today,
		    struct flag_list *fl);

/*
 * Decodes a well-formed 18-digit number (shape, date and check digit all
 * valid); returns 0, or -1 when it is not.
 */
int		 idcard_decode(const char *number, struct idcard_info *);

/* The 18-digit form of a 15-digit legacy number (allocated), or NULL. */
char		*idcard_upgrade15(const char *number15);

/* Masks a number for screens and paper: 370102********1234. Allocated. */
char		*idcard_mask(const char *number);
#endif
