/* SPDX-License-Identifier: MIT */
#include "config.h"

#include "util/sha256.h"

void
sha256_to_hex(const unsigned char digest[SHA256_DIGEST_SIZE], char out[SHA256_HEX_LEN + 1])
{
	static const char hex[] = "0123456789abcdef";

	for (int i = 0; i < SHA256_DIGEST_SIZE; i++) {
		out[2 * i] = hex[digest[i] >> 4];
		out[2 * i + 1] = hex[digest[i] & 0x0f];
	}
	out[SHA256_HEX_LEN] = '\0';
}

void
sha256_hex(const void *buf, size_t len, char out[SHA256_HEX_LEN + 1])
{
	struct sha256_ctx ctx;
	unsigned char digest[SHA256_DIGEST_SIZE];

	sha256_init(&ctx);
	sha256_update(&ctx, len, buf);
	sha256_digest(&ctx, SHA256_DIGEST_SIZE, digest);
	sha256_to_hex(digest, out);
}
