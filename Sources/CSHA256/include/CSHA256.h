#ifndef CSHA256_H
#define CSHA256_H

#include <stddef.h>
#include <stdint.h>

/// The 64 round constants of FIPS 180-4 §4.2.2, for these blocks and the Swift rounds alike.
extern const uint32_t luku_sha256_k[64];

/// 1 when this CPU has the x86 SHA extensions (and SSSE3 / SSE4.1 beside them), else 0.
int luku_sha256_hardware_available(void);

/// Compresses `blocks` 64-byte blocks at `data` into `state` (the eight words a..h of
/// FIPS 180-4, as SHA256.Hasher keeps them) with the SHA extensions. Call only when
/// `luku_sha256_hardware_available()` said 1.
void luku_sha256_hardware_blocks(uint32_t state[8], const uint8_t *data, size_t blocks);

#endif
