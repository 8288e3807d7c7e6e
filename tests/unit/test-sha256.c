/* SPDX-License-Identifier: MIT */
/* SHA-256 (nettle, through caiji's hex helpers) against the FIPS 180-4 / NIST vectors. */
#include "config.h"

#include <string.h>

#include "util/sha256.h"
#include "unit.h"

int
main(void)
{
	char hex[SHA256_HEX_LEN + 1];
	struct sha256_ctx c;
	unsigned char d[SHA256_DIGEST_SIZE], block[1001];

	sha256_hex("", 0, hex);
	CHECK_STR(hex, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
	sha256_hex("abc", 3, hex);
	CHECK_STR(hex, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", 56, hex);
	CHECK_STR(hex, "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
	/* one million 'a', fed in pieces that straddle blocks */
	memset(block, 'a', sizeof block);
	sha256_init(&c);
	for (int i = 0; i < 1000; i++)
		sha256_update(&c, i % 2 == 0 ? 999 : 1001, (const uint8_t *)block);
	sha256_digest(&c, SHA256_DIGEST_SIZE, d);
	sha256_to_hex(d, hex);
	CHECK_STR(hex, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
	/* 55, 56 and 64 bytes: the padding edges */
	sha256_hex(block, 55, hex);
	CHECK_STR(hex, "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318");
	sha256_hex(block, 56, hex);
	CHECK_STR(hex, "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a");
	sha256_hex(block, 64, hex);
	CHECK_STR(hex, "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb");
	return unit_done();
}
