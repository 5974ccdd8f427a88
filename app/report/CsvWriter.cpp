// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/report/CsvWriter.h"

namespace punchclock::CsvWriter {

QString field(const QString &value)
{
    const bool quote = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) ||
                       value.contains(QLatin1Char('\r')) || value.contains(QLatin1Char('\n')) ||
                       value.startsWith(QLatin1Char(' ')) || value.endsWith(QLatin1Char(' '));
    if (!quote)
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString record(const QStringList &fields)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += QLatin1Char(',');
        line += field(fields.at(i));
    }
    return line + QLatin1String("\r\n");
}

QByteArray document(const QList<QStringList> &records)
{
    QString text;
    for (const QStringList &fields : records)
        text += record(fields);
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

} // namespace punchclock::CsvWriter
