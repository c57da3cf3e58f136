#ifndef LUKU_CPCRE2_SHIM_H
#define LUKU_CPCRE2_SHIM_H
// pcre2.h must know the code-unit width before it is included; system library
// targets take no cSettings, so the definition lives here.
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

// Macros Swift cannot import, exposed as functions.
static inline PCRE2_SIZE luku_pcre2_zero_terminated(void) { return PCRE2_ZERO_TERMINATED; }
static inline PCRE2_SIZE luku_pcre2_unset(void) { return PCRE2_UNSET; }
#endif
