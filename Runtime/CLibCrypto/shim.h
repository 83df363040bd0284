#ifndef CLIBCRYPTO_SHIM_H
#define CLIBCRYPTO_SHIM_H

// OpenSSL's libcrypto: libcurl loads it for TLS, so a function that signs AWS requests with it
// carries no second copy of SHA-256 and HMAC. Only the one-shot digest and MAC calls are used.
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/err.h>

#endif
