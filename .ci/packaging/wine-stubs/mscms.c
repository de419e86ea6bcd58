/* Stand-in for Windows 10's mscms.dll under Wine 8 (see README.md): no colour profile. */
#include <windows.h>
__declspec(dllexport) HANDLE WINAPI OpenColorProfileW(void *profile, DWORD access, DWORD share,
                                                     DWORD creation) {
    (void)profile; (void)access; (void)share; (void)creation;
    SetLastError(ERROR_FILE_NOT_FOUND);
    return NULL;
}
__declspec(dllexport) BOOL WINAPI CloseColorProfile(HANDLE profile) { (void)profile; return TRUE; }
__declspec(dllexport) BOOL WINAPI GetColorProfileFromHandle(HANDLE profile, BYTE *buffer,
                                                           DWORD *size) {
    (void)profile; (void)buffer; (void)size;
    return FALSE;
}
__declspec(dllexport) HANDLE WINAPI WcsCreateIccProfile(HANDLE profile, DWORD options) {
    (void)profile; (void)options;
    return NULL;
}
