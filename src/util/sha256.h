/* SPDX-License-Identifier: MIT */
#ifndef SHA256_H
#define SHA256_H
/*
 * SHA-256 (FIPS 180-4), small and dependency-free.  Used to tell identical
 * photo files apart (PHOTO_DUPLICATE) and by the export to write SHA256SUMS.
 * The context lives on the caller's stack; nothing is allocated.
 */
#include <stddef.h>
#include <stdint.h>

#define SHA256_LEN	32
#define SHA256_HEX_LEN	64	/* without the terminating NUL */

struct sha256 {
	uint32_t	h[8];
	uint64_t	bytes;		/* total length so far */
	unsigned char	buf[64];
	size_t		fill;
};

void	sha256_init(struct sha256 *);
void	sha256_update(struct sha256 *, const void *, size_t);
void	sha256_final(struct sha256 *, unsigned char out[SHA256_LEN]);
/* One call: the digest of buf as 64 lower-case hex digits and a NUL. */
void	sha256_hex(const void *buf, size_t len, char out[SHA256_HEX_LEN + 1]);
/* Formats a digest as hex. */
void	sha256_to_hex(const unsigned char digest[SHA256_LEN], char out[SHA256_HEX_LEN + 1]);
#endif
