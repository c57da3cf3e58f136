// SHA-256 block compression with the x86 SHA extensions (SHA-NI), for SHA256.swift (issue 8).
// Swift cannot reach these instructions; the portable Swift rounds cost ~55 instructions a byte
// (0.2 G for Kauhava's 4 MB PDF), these ~4. Only the compression is here: padding, pieces and
// the hex digest stay in Swift, and a CPU without the extensions uses the Swift rounds.
// The schedule and round steps are Intel's published use of the instructions (sha256msg1/2
// build W[t] four at a time, sha256rnds2 does two rounds on the ABEF/CDGH halves).
#include "CSHA256.h"

#if defined(__x86_64__) || defined(__i386__)
#include <cpuid.h>
#include <immintrin.h>

int luku_sha256_hardware_available(void) {
    unsigned a, b, c, d;
    if (!__get_cpuid(1, &a, &b, &c, &d)) return 0;
    if (!(c & bit_SSSE3) || !(c & bit_SSE4_1)) return 0;
    if (__get_cpuid_max(0, 0) < 7) return 0;
    __cpuid_count(7, 0, a, b, c, d);
    return (b >> 29) & 1;  // CPUID.(EAX=7,ECX=0):EBX.SHA[bit 29]
}

const uint32_t luku_sha256_k[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

__attribute__((target("sha,ssse3,sse4.1")))
void luku_sha256_hardware_blocks(uint32_t state[8], const uint8_t *data, size_t blocks) {
    // Each 32-bit word big-endian → the lane order the instructions expect.
    const __m128i byteSwap = _mm_set_epi64x(0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);
    // a..h → the ABEF and CDGH halves.
    __m128i tmp = _mm_shuffle_epi32(_mm_loadu_si128((const __m128i *)&state[0]), 0xB1);  // CDAB
    __m128i cdgh = _mm_shuffle_epi32(_mm_loadu_si128((const __m128i *)&state[4]), 0x1B); // EFGH
    __m128i abef = _mm_alignr_epi8(tmp, cdgh, 8);                                       // ABEF
    cdgh = _mm_blend_epi16(cdgh, tmp, 0xF0);                                            // CDGH
    for (; blocks > 0; blocks--, data += 64) {
        const __m128i abefSaved = abef, cdghSaved = cdgh;
        __m128i w[16];  // W[4i ..< 4i + 4] in w[i]
        for (int i = 0; i < 16; i++) {
            if (i < 4) {
                w[i] = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(data + 16 * i)), byteSwap);
            } else {
                // W[t] = σ1(W[t-2]) + W[t-7] + σ0(W[t-15]) + W[t-16], four words at a time.
                __m128i x = _mm_sha256msg1_epu32(w[i - 4], w[i - 3]);
                x = _mm_add_epi32(x, _mm_alignr_epi8(w[i - 1], w[i - 2], 4));
                w[i] = _mm_sha256msg2_epu32(x, w[i - 1]);
            }
            __m128i m = _mm_add_epi32(w[i], _mm_loadu_si128((const __m128i *)&luku_sha256_k[4 * i]));
            cdgh = _mm_sha256rnds2_epu32(cdgh, abef, m);
            abef = _mm_sha256rnds2_epu32(abef, cdgh, _mm_shuffle_epi32(m, 0x0E));
        }
        abef = _mm_add_epi32(abef, abefSaved);
        cdgh = _mm_add_epi32(cdgh, cdghSaved);
    }
    // ABEF / CDGH → a..h.
    tmp = _mm_shuffle_epi32(abef, 0x1B);             // FEBA
    cdgh = _mm_shuffle_epi32(cdgh, 0xB1);            // DCHG
    abef = _mm_blend_epi16(tmp, cdgh, 0xF0);         // DCBA
    cdgh = _mm_alignr_epi8(cdgh, tmp, 8);            // HGFE
    _mm_storeu_si128((__m128i *)&state[0], abef);
    _mm_storeu_si128((__m128i *)&state[4], cdgh);
}

#else

int luku_sha256_hardware_available(void) { return 0; }
void luku_sha256_hardware_blocks(uint32_t state[8], const uint8_t *data, size_t blocks) {
    (void)state; (void)data; (void)blocks;
}

#endif
