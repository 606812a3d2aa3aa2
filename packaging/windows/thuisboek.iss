; Inno Setup 6 script: the Windows installer of Thuisboek.
;
; First build the bundle on Windows (packaging\README.md), then from the repository root:
;
;     .venv\Scripts\python packaging\build_bundle.py
;     "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" packaging\windows\thuisboek.iss
;
; Writes dist\Thuisboek-<version>-windows-x64-setup.exe. The version is read from
; dist\thuisboek\Thuisboek.exe (the spec writes it there from pyproject.toml), so the
; installer, the executable and the About dialog always agree; /DAppVersion=x.y.z
; overrides it.
;
; Signing: pass a sign tool, e.g.
;     ISCC.exe "/Ssigntool=signtool.exe sign /fd sha256 /tr http://timestamp.example /td sha256 /a $f" ^
;              /DSign=signtool packaging\windows\thuisboek.iss
; (sign dist\thuisboek\*.exe with the same certificate before, see packaging\README.md).
;
; The installer never touches the records: they live in %LOCALAPPDATA%\Thuisboek, which
; an uninstall leaves in place (a caregiver's home book must survive a reinstall).

#define AppName "Thuisboek"
#define AppExe "Thuisboek.exe"
#define Bundle AddBackslash(SourcePath) + "..\..\dist\thuisboek"
#ifndef AppVersion
  #define AppVersion GetStringFileInfo(Bundle + "\" + AppExe, "ProductVersion")
#endif
#if AppVersion == ""
  #error dist\thuisboek\Thuisboek.exe is missing or has no version: run packaging\build_bundle.py first
#endif

[Setup]
; The AppId ties updates and the uninstaller together: never change it.
AppId={{D06BA67C-B040-4065-A0FC-1B8CA61AF117}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=The Thuisboek project
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
; Per user by default (caregivers seldom have administrator rights); an administrator
; can choose "for all users" in the first dialog.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
SetupIconFile=..\..\resources\icons\thuisboek.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir=..\..\dist
OutputBaseFilename=Thuisboek-{#AppVersion}-windows-x64-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; An update closes a running Thuisboek first (it stores its drafts on close).
CloseApplications=yes
RestartApplications=no
ShowLanguageDialog=auto
#ifdef Sign
SignTool={#Sign}
SignedUninstaller=yes
#endif

[Languages]
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An update replaces the whole bundle: no library of an older Qt may stay behind.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
