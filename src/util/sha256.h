/* SPDX-License-Identifier: MIT */
#ifndef SHA256_H
#define SHA256_H
/*
 * SHA-256 is nettle's (struct sha256_ctx, sha256_init, sha256_update,
 * sha256_digest; SHA-NI where the CPU has it): nettle is a maintained,
 * audited library already in the process through libarchive, so caiji no
 * longer carries its own.  Used to tell identical photo files apart
 * (PHOTO_DUPLICATE), to fingerprint profiles, and for the export's
 * SHA256SUMS.  What is here is only the hex form caiji stores.
 */
#include <stddef.h>
#include <stdint.h>

#include <nettle/sha2.h>

#define SHA256_HEX_LEN	64	/* without the terminating NUL */

/* One call: the digest of buf as 64 lower-case hex digits and a NUL. */
void	sha256_hex(const void *buf, size_t len, char out[SHA256_HEX_LEN + 1]);
/* Formats a digest as lower-case hex. */
void	sha256_to_hex(const unsigned char digest[SHA256_DIGEST_SIZE],
	    char out[SHA256_HEX_LEN + 1]);
#endif
