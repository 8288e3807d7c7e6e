/* SPDX-License-Identifier: MIT */
#ifndef MONEY_H
#define MONEY_H
/*
 * Money (SPEC §8): integer fen in an int64_t everywhere, never floating
 * point.  Parsing a clerk's yuan string, and writing an amount in figures
 * ("1,050.00") and in Chinese capitals ("壹仟零伍拾元整") as invoices and
 * receipts print it.
 *
 * The capitals follow the finance office's convention (《支付结算办法》附件
 * 正确填写票据和结算凭证的基本规定):
 * - a leading 拾 is written 壹拾 (10 is 壹拾元整, 100000 is 壹拾万元整);
 * - every run of zeros between two non-zero digits is written as one 零,
 *   also across 万 and 元 (1005 壹仟零伍元整, 10050 壹万零伍拾元整,
 *   1680.32 壹仟陆佰捌拾元零叁角贰分, 1.05 壹元零伍分) — the rules allow
 *   omitting some of these, caiji always writes them;
 * - 整 ends an amount without jiao and fen, and only then (叁拾伍元伍角);
 * - below one yuan there is no 元 and no leading 零 (伍角伍分);
 * - zero is 零元整; a negative amount (a refund in a total) starts with 负.
 */
#include <stdint.h>

/* The largest amount written: 99,999,999.99 yuan. */
#define MONEY_MAX_FEN INT64_C(9999999999)

/*
 * Parses a yuan amount: digits, optionally a point and one or two digits
 * ("35", "35.5", "35.50").  Refuses a sign, spaces, separators, more than two
 * decimals and amounts above MONEY_MAX_FEN, with *cause saying why.
 */
int	 money_parse(const char *s, int64_t *fen, char **cause);
/* "1,050.00" (allocated); negative amounts start with '-'. */
char	*money_figures(int64_t fen);
/* "1050.00" without separators, for CSV (allocated). */
char	*money_plain(int64_t fen);
/* "壹仟零伍拾元整" (allocated), or NULL beyond ±MONEY_MAX_FEN. */
char	*money_capitals(int64_t fen);
#endif
