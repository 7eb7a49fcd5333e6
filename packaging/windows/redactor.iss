; Inno Setup script for the Windows installer (built by .github/workflows/build.yml;
; not tested on this project's Linux machines).
; Build: iscc /DAppVersion=0.1.0 /DBundleDir=..\..\dist\redactor packaging\windows\redactor.iss
; The bundle comes from `pyinstaller build.spec` on Windows: Redactor.exe (window),
; redactor-cli.exe (command line), _internal\ with Qt, the OCR models and Tesseract.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z
#endif
#ifndef BundleDir
  #define BundleDir "..\..\dist\redactor"
#endif

[Setup]
AppId={{6C0F3E2A-5B7D-4E61-9A38-2F4D8C1B7E90}
AppName=Redactor
AppVersion={#AppVersion}
AppVerName=Redactor {#AppVersion}
AppPublisher=The Redactor authors
DefaultDirName={autopf}\Redactor
DefaultGroupName=Redactor
DisableProgramGroupPage=yes
LicenseFile=..\..\LICENSE
OutputDir=..\..\dist
OutputBaseFilename=redactor-{#AppVersion}-windows-x64-setup
SetupIconFile=..\..\assets\icons\redactor.ico
UninstallDisplayIcon={app}\Redactor.exe
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
PrivilegesRequiredOverridesAllowed=dialog
ChangesAssociations=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "zh_CN"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Redactor"; Filename: "{app}\Redactor.exe"
Name: "{group}\{cm:UninstallProgram,Redactor}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\Redactor"; Filename: "{app}\Redactor.exe"; Tasks: desktopicon

[Registry]
; "Open with → Redactor" for the image and PDF types it opens (no default is taken over).
; The ProgID opens files in Redactor; a second file lands in the running window.
Root: HKA; Subkey: "Software\Classes\Redactor.File"; ValueType: string; ValueName: ""; ValueData: "Redactor"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Redactor.File\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\Redactor.exe,0"
Root: HKA; Subkey: "Software\Classes\Redactor.File\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\Redactor.exe"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\Redactor.exe"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "Redactor"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\Redactor.exe\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\Redactor.exe"" ""%1"""
Root: HKA; Subkey: "Software\Classes\.jpg\OpenWithProgids"; ValueType: string; ValueName: "Redactor.File"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Applications\Redactor.exe\SupportedTypes"; ValueType: string; ValueName: ".jpg"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\.jpeg\OpenWithProgids"; ValueType: string; ValueName: "Redactor.File"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Applications\Redactor.exe\SupportedTypes"; ValueType: string; ValueName: ".jpeg"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\.jpe\OpenWithProgids"; ValueType: string; ValueName: "Redactor.File"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Applications\Redactor.exe\SupportedTypes"; ValueType: string; ValueName: ".jpe"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\.png\OpenWithProgids"; ValueType: string; ValueName: "Redactor.File"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Applications\Redactor.exe\SupportedTypes"; ValueType: string; ValueName: ".png"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\.webp\OpenWithProgids"; ValueType: string; ValueName: "Redactor.File"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Applications\Redactor.exe\SupportedTypes"; ValueType: string; ValueName: ".webp"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\.bmp\OpenWithProgids"; ValueType: string; ValueName: "Redactor.File"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Applications\Redactor.exe\SupportedTypes"; ValueType: string; ValueName: ".bmp"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\.gif\OpenWithProgids"; ValueType: string; ValueName: "Redactor.File"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Applications\Redactor.exe\SupportedTypes"; ValueType: string; ValueName: ".gif"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\.tif\OpenWithProgids"; ValueType: string; ValueName: "Redactor.File"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Applications\Redactor.exe\SupportedTypes"; ValueType: string; ValueName: ".tif"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\.tiff\OpenWithProgids"; ValueType: string; ValueName: "Redactor.File"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Applications\Redactor.exe\SupportedTypes"; ValueType: string; ValueName: ".tiff"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\.heic\OpenWithProgids"; ValueType: string; ValueName: "Redactor.File"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Applications\Redactor.exe\SupportedTypes"; ValueType: string; ValueName: ".heic"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\.heif\OpenWithProgids"; ValueType: string; ValueName: "Redactor.File"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Applications\Redactor.exe\SupportedTypes"; ValueType: string; ValueName: ".heif"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\.pdf\OpenWithProgids"; ValueType: string; ValueName: "Redactor.File"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Applications\Redactor.exe\SupportedTypes"; ValueType: string; ValueName: ".pdf"; ValueData: ""

[Run]
Filename: "{app}\Redactor.exe"; Description: "{cm:LaunchProgram,Redactor}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
Type: filesandordirs; Name: "{app}\_internal"
