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
ChangesAssociations=no

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

[Run]
Filename: "{app}\Redactor.exe"; Description: "{cm:LaunchProgram,Redactor}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
Type: filesandordirs; Name: "{app}\_internal"
