// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace punchclock {

// Comma-separated values as RFC 4180 writes them: fields separated by commas, every record
// (the header too) ended by CRLF, a field quoted when it holds a comma, a double quote, CR or LF
// (or begins or ends with a space, which some readers trim), its quotes doubled. Encoded as UTF-8
// after a byte order mark, which Excel needs to read UTF-8 (LibreOffice, Google Sheets and
// Numbers skip it).
namespace CsvWriter {

QString field(const QString &value);
QString record(const QStringList &fields); // with its CRLF
QByteArray document(const QList<QStringList> &records);

} // namespace CsvWriter
} // namespace punchclock
