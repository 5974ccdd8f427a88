// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/api/ApiError.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>

namespace punchclock {

namespace {
constexpr qsizetype kMaxMessageLength = 300;

QString shorten(QString text)
{
    text = text.simplified();
    if (text.size() > kMaxMessageLength)
        text = text.left(kMaxMessageLength - 1) + QChar(0x2026);
    return text;
}

// The texts shown for errors, translated.
QString statusText(int status)
{
    switch (status) {
    case 400:
        return QCoreApplication::translate("punchclock::ApiError", "Bad request");
    case 401:
        return QCoreApplication::translate("punchclock::ApiError",
                                           "Not signed in: credentials missing or rejected");
    case 402:
        return QCoreApplication::translate("punchclock::ApiError", "Payment required");
    case 403:
        return QCoreApplication::translate("punchclock::ApiError", "Access denied: check the API token");
    case 404:
        return QCoreApplication::translate("punchclock::ApiError", "Not found");
    case 405:
        return QCoreApplication::translate("punchclock::ApiError", "Method not allowed");
    case 409:
        return QCoreApplication::translate("punchclock::ApiError", "Conflict");
    case 410:
        return QCoreApplication::translate("punchclock::ApiError", "Gone");
    case 413:
        return QCoreApplication::translate("punchclock::ApiError", "Request too large");
    case 429:
        return QCoreApplication::translate("punchclock::ApiError", "Too many requests");
    case 500:
        return QCoreApplication::translate("punchclock::ApiError", "Internal server error");
    case 502:
        return QCoreApplication::translate("punchclock::ApiError", "Bad gateway");
    case 503:
        return QCoreApplication::translate("punchclock::ApiError", "Service unavailable");
    case 504:
        return QCoreApplication::translate("punchclock::ApiError", "Gateway timeout");
    default:
        break;
    }
    if (status >= 500)
        return QCoreApplication::translate("punchclock::ApiError", "Server error");
    if (status >= 400)
        return QCoreApplication::translate("punchclock::ApiError", "Request refused");
    return QCoreApplication::translate("punchclock::ApiError", "Unexpected answer");
}

QString stripHtml(const QString &html)
{
    static const QRegularExpression titleRe(QStringLiteral("<title[^>]*>(.*?)</title>"),
                                            QRegularExpression::CaseInsensitiveOption |
                                                QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression dropRe(QStringLiteral("<(script|style|head)[^>]*>.*?</\\1\\s*>"),
                                           QRegularExpression::CaseInsensitiveOption |
                                               QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tagRe(QStringLiteral("<[^>]*>"));
    static const QRegularExpression commentRe(QStringLiteral("<!--.*?-->"),
                                              QRegularExpression::DotMatchesEverythingOption);

    QString text = html;
    const QString title = titleRe.match(text).captured(1).simplified();
    text.remove(commentRe);
    text.remove(dropRe);
    text.replace(tagRe, QStringLiteral(" "));
    text.replace(QLatin1String("&nbsp;"), QLatin1String(" "));
    text.replace(QLatin1String("&lt;"), QLatin1String("<"));
    text.replace(QLatin1String("&gt;"), QLatin1String(">"));
    text.replace(QLatin1String("&quot;"), QLatin1String("\""));
    text.replace(QLatin1String("&#39;"), QLatin1String("'"));
    text.replace(QLatin1String("&amp;"), QLatin1String("&"));
    text = text.simplified();
    if (text.isEmpty())
        return title;
    if (!title.isEmpty() && !text.startsWith(title))
        text = title + QLatin1String(": ") + text;
    return text;
}

bool looksLikeHtml(const QByteArray &body, const QByteArray &contentType)
{
    if (contentType.toLower().contains("html"))
        return true;
    const QByteArray start = body.trimmed().left(64).toLower();
    return start.startsWith("<!doctype") || start.startsWith("<html") || start.startsWith("<head") ||
           start.startsWith("<body") || start.startsWith("<h1") || start.startsWith("<?xml");
}
} // namespace

ApiError ApiError::make(Kind kind, const QString &message, int httpStatus)
{
    ApiError e;
    e.kind = kind;
    e.message = message;
    e.httpStatus = httpStatus;
    return e;
}

ApiError::Kind ApiError::kindForStatus(int status, bool hasQuotaHeaders)
{
    switch (status) {
    case 401:
    case 403:
        return Kind::Auth;
    case 402:
        return hasQuotaHeaders ? Kind::Quota : Kind::PaymentRequired;
    case 404:
        return Kind::NotFound;
    case 409:
        return Kind::Conflict;
    case 429:
        return Kind::RateLimited;
    default:
        break;
    }
    if (status >= 500)
        return Kind::Server;
    if (status >= 400)
        return Kind::BadRequest;
    return Kind::BadResponse; // 1xx/3xx surfacing here: nothing usable was answered
}

ApiError ApiError::fromHttp(int status, const QByteArray &body, const QByteArray &contentType,
                            bool hasQuotaHeaders)
{
    return make(kindForStatus(status, hasQuotaHeaders), decodeBody(status, body, contentType), status);
}

QString ApiError::decodeBody(int status, const QByteArray &body, const QByteArray &contentType)
{
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty())
        return statusText(status);

    if (!looksLikeHtml(trimmed, contentType)) {
        QJsonParseError parseError;
        // QJsonDocument only takes objects/arrays at the top; wrap to read a bare literal too
        const QJsonDocument doc = QJsonDocument::fromJson("[" + trimmed + "]", &parseError);
        if (parseError.error == QJsonParseError::NoError && doc.array().size() == 1) {
            const QJsonValue v = doc.array().at(0);
            if (v.isString() && !v.toString().trimmed().isEmpty())
                return shorten(v.toString());
            if (v.isObject()) {
                const QJsonObject o = v.toObject();
                for (const char *key :
                     {"message", "error_description", "error", "error_message", "msg", "detail"}) {
                    const QJsonValue m = o.value(QLatin1String(key));
                    if (m.isString() && !m.toString().trimmed().isEmpty())
                        return shorten(m.toString());
                    if (m.isObject() && m.toObject().value(QLatin1String("message")).isString())
                        return shorten(m.toObject().value(QLatin1String("message")).toString());
                }
            }
            if (v.isNull() || (v.isString() && v.toString().trimmed().isEmpty()))
                return statusText(status);
            return shorten(QString::fromUtf8(trimmed));
        }
        return shorten(QString::fromUtf8(trimmed)); // plain text
    }

    const QString text = shorten(stripHtml(QString::fromUtf8(trimmed)));
    return text.isEmpty() ? statusText(status) : text;
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Auth:
        return QCoreApplication::translate("punchclock::ApiError", "Authentication failed");
    case Kind::NotFound:
        return QCoreApplication::translate("punchclock::ApiError", "Not found");
    case Kind::Conflict:
        return QCoreApplication::translate("punchclock::ApiError", "Conflict");
    case Kind::Quota:
        return QCoreApplication::translate("punchclock::ApiError", "Request quota used up");
    case Kind::PaymentRequired:
        return QCoreApplication::translate("punchclock::ApiError", "Premium feature");
    case Kind::RateLimited:
        return QCoreApplication::translate("punchclock::ApiError", "Rate limited");
    case Kind::Server:
        return QCoreApplication::translate("punchclock::ApiError", "Server error");
    case Kind::BadRequest:
        return QCoreApplication::translate("punchclock::ApiError", "Request refused");
    case Kind::Network:
        return QCoreApplication::translate("punchclock::ApiError", "Network error");
    case Kind::Timeout:
        return QCoreApplication::translate("punchclock::ApiError", "Timed out");
    case Kind::BadResponse:
        return QCoreApplication::translate("punchclock::ApiError", "Malformed answer");
    case Kind::Cancelled:
        return QCoreApplication::translate("punchclock::ApiError", "Cancelled");
    case Kind::InsecureUrl:
        return QCoreApplication::translate("punchclock::ApiError", "Insecure server address");
    }
    return {};
}

bool ApiError::isTransient() const
{
    switch (kind) {
    case Kind::Network:
    case Kind::Timeout:
    case Kind::Server:
    case Kind::RateLimited:
    case Kind::Quota:
        return true;
    default:
        return false;
    }
}

QString ApiError::toString() const
{
    QString out = kindName(kind);
    if (httpStatus != 0)
        out += QLatin1String(" (") + QString::number(httpStatus) + QLatin1Char(')');
    if (!message.isEmpty())
        out += QLatin1String(": ") + message;
    return out;
}

} // namespace punchclock
