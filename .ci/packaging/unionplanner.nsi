; UnionPlanner — Windows installer (NSIS 3, Unicode), Vietnamese text.
;
; Per-user install to %LOCALAPPDATA%\Programs\UnionPlanner: no administrator prompt. Start
; menu and desktop shortcuts. Upgrades in place (same install id, the old program files are
; replaced; the app backs up and migrates the database on its first start). The uninstaller
; removes the program only: the user's data in %LOCALAPPDATA%\UnionPlanner is never touched.
;
; Build (from the repository root, after PyInstaller has made dist\UnionPlanner):
;   makensis /INPUTCHARSET UTF8 -DVERSION=0.1.0 -DPAYLOAD=dist\UnionPlanner -DICON=build\unionplanner.ico ^
;            -DOUTFILE=dist\UnionPlanner-0.1.0-setup.exe .ci\packaging\unionplanner.nsi
; Paths given with -D are taken from the current folder (makensis runs with /NOCD in CI) or
; should be absolute. Linux CI compiles this script against a stub payload, the way the
; official Windows build of NSIS (choco install nsis) will: x86 stubs only, UTF-8 input.
;
; The file starts with a UTF-8 BOM so makensis reads it as UTF-8 whatever it is told; every
; call also passes /INPUTCHARSET UTF8.

; The official NSIS build ships x86 stubs only (no amd64-unicode): a Unicode x86 installer
; that refuses a 32-bit Windows (Qt 6 has no 32-bit build) and reads the 64-bit registry.
Unicode true
!ifdef WINE_SMOKE_AMD64
  ; only for the Wine smoke test in Linux CI (Debian's wine64 runs 64-bit programs only);
  ; what ships is the x86 installer above
  Target amd64-unicode
!endif
SetCompressor /SOLID lzma
; a file that cannot be written stops the install (and puts the old program back) instead
; of being skipped in silence: an upgrade must never leave old and new files mixed
AllowSkipFiles off

!ifndef VERSION
  !error "Give the version: makensis -DVERSION=x.y.z"
!endif
!ifndef PAYLOAD
  !error "Give the PyInstaller folder: makensis -DPAYLOAD=dist\UnionPlanner"
!endif
!ifndef OUTFILE
  !define OUTFILE "UnionPlanner-${VERSION}-setup.exe"
!endif

!define APP "UnionPlanner"
!define EXE "unionplanner.exe"
; the console twin for the command line (same build, same _internal)
!define CLI_EXE "unionplanner-cli.exe"
; the user guide as a PDF beside the program (.ci/packaging/help_pdf.py)
!define GUIDE "Huong dan su dung UnionPlanner.pdf"
; the install id: the same key on every release, so a new installer upgrades the old install
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\UnionPlanner"
!define APP_KEY "Software\UnionPlanner"
; where the app keeps its data (platformdirs); the installer and uninstaller never write there
!define DATA_DIR "$LOCALAPPDATA\UnionPlanner"

Name "${APP}"
OutFile "${OUTFILE}"
; signing, when the build has a certificate (-DSIGN="command"; see .ci/packaging/sign-windows):
; the installer once written, the uninstaller before it is packed into the installer
!ifdef SIGN
  !finalize '${SIGN} "%1"'
  !uninstfinalize '${SIGN} "%1"'
!endif
InstallDir "$LOCALAPPDATA\Programs\${APP}"
InstallDirRegKey HKCU "${APP_KEY}" "InstallDir"
RequestExecutionLevel user
ShowInstDetails show
ShowUnInstDetails show
BrandingText "${APP} ${VERSION}"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "${APP}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileDescription" "Cài đặt ${APP} — kế hoạch và báo cáo công đoàn"
VIAddVersionKey /LANG=0 "LegalCopyright" "${APP}"

!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "FileFunc.nsh"
!include "x64.nsh"
!include "WinVer.nsh"

!ifdef ICON
  !define MUI_ICON "${ICON}"
  !define MUI_UNICON "${ICON}"
!endif
!define MUI_ABORTWARNING
!define MUI_ABORTWARNING_TEXT "Bạn có muốn dừng cài đặt ${APP} không?"

!define MUI_WELCOMEPAGE_TITLE "Cài đặt ${APP} ${VERSION}"
!define MUI_WELCOMEPAGE_TEXT "Chương trình giúp cơ quan công đoàn soạn kế hoạch, theo dõi hoạt động từng tháng, nhập báo cáo Excel của các công đoàn cơ sở và in báo cáo tổng hợp.$\r$\n$\r$\nCài đặt cho riêng tài khoản Windows này, không cần quyền quản trị.$\r$\n$\r$\nNếu máy đã có ${APP}, bản mới sẽ thay bản cũ; dữ liệu đã nhập được giữ nguyên và được sao lưu trước khi chương trình cập nhật.$\r$\n$\r$\nBấm Tiến để tiếp tục."
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_TITLE "Đã cài đặt xong ${APP}"
!define MUI_FINISHPAGE_TEXT "${APP} đã được cài vào máy. Biểu tượng của chương trình có trên màn hình nền và trong menu Start.$\r$\n$\r$\nDữ liệu của bạn nằm ở ${DATA_DIR}."
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"
!define MUI_FINISHPAGE_RUN_TEXT "Mở ${APP} ngay"
!insertmacro MUI_PAGE_FINISH

!define MUI_UNCONFIRMPAGE_TEXT_TOP "${APP} sẽ được gỡ khỏi máy. Dữ liệu của bạn (kế hoạch, báo cáo đã nhập, bản sao lưu) trong ${DATA_DIR} được GIỮ LẠI; muốn xóa hẳn thì tự xóa thư mục đó sau khi gỡ."
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "Vietnamese"

; Windows 10 or 11, 64-bit only: say so in Vietnamese before anything is written.
!macro CHECK_WINDOWS
  ${IfNot} ${RunningX64}
  ${OrIfNot} ${AtLeastWin10}
    MessageBox MB_OK|MB_ICONSTOP "${APP} cần Windows 10 hoặc Windows 11 bản 64-bit. Máy này không chạy được chương trình." /SD IDOK
    Abort
  ${EndIf}
  SetRegView 64
!macroend

Function .onInit
  !insertmacro CHECK_WINDOWS
FunctionEnd

Function un.onInit
  SetRegView 64
FunctionEnd

; A failed upgrade puts the previous program files back (they were set aside, not deleted).
Function .onInstFailed
  ${If} ${FileExists} "$INSTDIR\_internal.old\*.*"
    RMDir /r "$INSTDIR\_internal"
    Rename "$INSTDIR\_internal.old" "$INSTDIR\_internal"
  ${EndIf}
  ${If} ${FileExists} "$INSTDIR\${EXE}.old"
    Delete "$INSTDIR\${EXE}"
    Rename "$INSTDIR\${EXE}.old" "$INSTDIR\${EXE}"
  ${EndIf}
  ${If} ${FileExists} "$INSTDIR\${CLI_EXE}.old"
    Delete "$INSTDIR\${CLI_EXE}"
    Rename "$INSTDIR\${CLI_EXE}.old" "$INSTDIR\${CLI_EXE}"
  ${EndIf}
FunctionEnd

; Never install into the data folder (the uninstaller would then remove program files from
; beside the user's database).
Function .onVerifyInstDir
  ${If} $INSTDIR == "${DATA_DIR}"
    Abort
  ${EndIf}
FunctionEnd

; The program must be closed before its files are replaced or removed: a running .exe
; cannot be opened for writing — the windowed one or its command-line twin (an upgrade while
; unionplanner-cli.exe ran kept the old exe). A silent run (/S) gives up instead of waiting.
!macro WAIT_FOR_CLOSE un
  Function ${un}WaitForClose
    check:
      IfFileExists "$INSTDIR\${EXE}" 0 cli
      ClearErrors
      FileOpen $0 "$INSTDIR\${EXE}" a
      IfErrors busy
      FileClose $0
    cli:
      IfFileExists "$INSTDIR\${CLI_EXE}" 0 done
      ClearErrors
      FileOpen $0 "$INSTDIR\${CLI_EXE}" a
      IfErrors busy
      FileClose $0
      Goto done
    busy:
      MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "${APP} đang mở. Hãy lưu công việc, đóng chương trình rồi bấm Thử lại (Retry)." /SD IDCANCEL IDRETRY check
      Quit
    done:
  FunctionEnd
!macroend
!insertmacro WAIT_FOR_CLOSE ""
!insertmacro WAIT_FOR_CLOSE "un."

Section "${APP}" SecMain
  SectionIn RO
  SetShellVarContext current
  Call WaitForClose
  SetOutPath "$INSTDIR"
  ; an upgrade: set the old program files aside (no stale library is left behind, and a
  ; failed copy puts them back — .onInstFailed); the data folder is elsewhere
  RMDir /r "$INSTDIR\_internal.old"
  Delete "$INSTDIR\${EXE}.old"
  Delete "$INSTDIR\${CLI_EXE}.old"
  ClearErrors
  ${If} ${FileExists} "$INSTDIR\_internal\*.*"
    Rename "$INSTDIR\_internal" "$INSTDIR\_internal.old"
  ${EndIf}
  ${If} ${FileExists} "$INSTDIR\${EXE}"
    Rename "$INSTDIR\${EXE}" "$INSTDIR\${EXE}.old"
  ${EndIf}
  ${If} ${FileExists} "$INSTDIR\${CLI_EXE}"
    Rename "$INSTDIR\${CLI_EXE}" "$INSTDIR\${CLI_EXE}.old"
  ${EndIf}
  IfErrors 0 set_aside
    MessageBox MB_OK|MB_ICONSTOP "Không thay được tệp của ${APP} (chương trình đang mở?). Hãy đóng ${APP} rồi cài lại; bản đang dùng được giữ nguyên." /SD IDOK
    Abort
  set_aside:
  ClearErrors
  File /r "${PAYLOAD}\*.*"
  IfErrors 0 copied
    MessageBox MB_OK|MB_ICONSTOP "Chép tệp của ${APP} không xong; bản đang dùng được giữ nguyên. Hãy đóng ${APP} rồi cài lại." /SD IDOK
    Abort
  copied:
  !ifdef ICON
    File "/oname=unionplanner.ico" "${ICON}"
  !endif
  ; the new files are in: the old ones can go
  RMDir /r "$INSTDIR\_internal.old"
  Delete "$INSTDIR\${EXE}.old"
  Delete "$INSTDIR\${CLI_EXE}.old"

  WriteUninstaller "$INSTDIR\uninstall.exe"
  ; shortcuts start in Documents, so open and save dialogs do not start in the program folder
  SetOutPath "$DOCUMENTS"
  CreateShortcut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0 SW_SHOWNORMAL "" "Kế hoạch và báo cáo công đoàn"
  CreateShortcut "$DESKTOP\${APP}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0 SW_SHOWNORMAL "" "Kế hoạch và báo cáo công đoàn"
  CreateShortcut "$SMPROGRAMS\${APP} - Hướng dẫn sử dụng.lnk" "$INSTDIR\${GUIDE}"
  SetOutPath "$INSTDIR"

  WriteRegStr HKCU "${APP_KEY}" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${APP_KEY}" "Version" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${APP}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${EXE}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" "$0"
SectionEnd

Section "Uninstall"
  SetShellVarContext current
  Call un.WaitForClose
  Delete "$SMPROGRAMS\${APP}.lnk"
  Delete "$DESKTOP\${APP}.lnk"
  Delete "$SMPROGRAMS\${APP} - Hướng dẫn sử dụng.lnk"
  Delete "$INSTDIR\${GUIDE}"
  ; the program's files only — never the data folder ${DATA_DIR}
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${EXE}"
  Delete "$INSTDIR\${CLI_EXE}"
  Delete "$INSTDIR\unionplanner.ico"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  ; only the installer's own values: the program's settings (the shared server, the window)
  ; live under the same key (Qt's ${APP_KEY}\${APP}) and stay for a reinstall
  DeleteRegValue HKCU "${APP_KEY}" "InstallDir"
  DeleteRegValue HKCU "${APP_KEY}" "Version"
  DeleteRegKey /ifempty HKCU "${APP_KEY}"
  DetailPrint "Dữ liệu của bạn vẫn được giữ trong ${DATA_DIR}."
SectionEnd
