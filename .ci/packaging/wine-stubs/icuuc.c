/* Stand-in for Windows 10's icuuc.dll under Wine 8 (see README.md): no converter exists. */
#include <stddef.h>
#define U_FILE_ACCESS_ERROR 4
__declspec(dllexport) void *ucnv_open(const char *name, int *err) {
    (void)name;
    if (err) *err = U_FILE_ACCESS_ERROR;
    return NULL;
}
__declspec(dllexport) int ucnv_countAvailable(void) { return 0; }
__declspec(dllexport) const char *ucnv_getAvailableName(int n) { (void)n; return NULL; }
__declspec(dllexport) const char *ucnv_getStandardName(const char *a, const char *b, int *err) {
    (void)a; (void)b;
    if (err) *err = U_FILE_ACCESS_ERROR;
    return NULL;
}
#define NOTHING(name) __declspec(dllexport) int name(void) { return 0; }
NOTHING(ucnv_close)
NOTHING(UCNV_FROM_U_CALLBACK_SUBSTITUTE)
NOTHING(UCNV_TO_U_CALLBACK_SUBSTITUTE)
NOTHING(ucnv_reset)
NOTHING(ucnv_getMaxCharSize)
NOTHING(ucnv_getName)
NOTHING(ucnv_getToUCallBack)
NOTHING(ucnv_getFromUCallBack)
NOTHING(ucnv_setToUCallBack)
NOTHING(ucnv_setFromUCallBack)
NOTHING(ucnv_cbToUWriteUChars)
NOTHING(ucnv_toUnicode)
NOTHING(ucnv_cbFromUWriteUChars)
NOTHING(ucnv_toUCountPending)
NOTHING(ucnv_fromUCountPending)
NOTHING(ucnv_fromUnicode)
