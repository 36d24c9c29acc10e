#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

// What a "Copy as cURL" command sends: one POST of these body bytes with these headers to this URL.
struct CurlRequest
{
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers; // in order; names and values as sent
    QByteArray body; // UTF-8 (a stored event's body always is: the receiver refuses what is not JSON)
};

// A curl command line that sends a CurlRequest exactly, quoted for the shell it is pasted into. Each shell's
// rules (docs/ARCHITECTURE.md, "Copy as cURL"):
// - POSIX sh (bash, zsh, dash): every argument in single quotes, a ' as '\''. Nothing inside is special.
// - PowerShell (5.1 and 7): the body is written to a temporary file by [IO.File]::WriteAllText (UTF-8, no BOM)
//   and sent with --data-binary @file, because PowerShell before 7.3 drops the double quotes of a JSON
//   argument on its way to a native program. Single-quoted strings: ' and its typographic forms doubled.
//   curl.exe, since "curl" is Windows PowerShell's alias of Invoke-WebRequest.
// - Windows cmd: every argument quoted for the C runtime's argument rules ("...", \" inside) and then every
//   character cmd treats specially (" ^ & | < > ( ) % !) escaped with ^, so cmd never sees a quote, a pipe or a
//   variable. cmd cannot carry a line break, and the console's code page mangles what is not ASCII, so such a
//   body (or one too long for cmd's 8191-character line) is written as base64 by echo lines, decoded by
//   certutil into a temporary file and sent from it. Delayed expansion (cmd /V:ON) is assumed off, as it is
//   by default.
class CurlCommand
{
public:
    enum class Shell
    {
        Posix,
        PowerShell,
        Cmd,
    };

    static QString build(const CurlRequest& request, Shell shell);
    static Shell platformDefault(); // PowerShell on Windows, POSIX elsewhere
    static QList<Shell> shells();
    static QString key(Shell shell); // "posix", "powershell", "cmd" (settings)
    static Shell fromKey(const QString& key, Shell fallback);

    // The pieces, for tests and for one argument elsewhere.
    static QString posixQuote(const QString& text);
    static QString powerShellQuote(const QString& text);
    static QString cmdQuote(const QString& text);
    static constexpr qsizetype cmdInlineBodyLimit = 6000; // characters; longer bodies go through a file
    static constexpr qsizetype cmdBase64LineLength = 1024;
};
