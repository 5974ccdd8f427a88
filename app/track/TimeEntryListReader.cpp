#include "track/TimeEntryListReader.h"

#include "track/StringInterner.h"
#include "track/TrackTime.h"

#include <charconv>
#include <cmath>
#include <string>
#include <string_view>
#include <unordered_map>

namespace punchclock {

namespace {

struct ViewHash
{
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

struct ViewEqual
{
    using is_transparent = void;
    bool operator()(std::string_view a, std::string_view b) const { return a == b; }
};

// One JSON scalar as fromJson's readers tell them apart; arrays and objects are skipped ("other").
struct Scalar
{
    enum class Kind
    {
        Null,
        Bool,
        Number,
        String,
        Other
    } kind = Kind::Other;
    bool boolean = false;
    bool isInt = false;
    qint64 integer = 0;
    double number = 0;
    std::string_view raw; // a string's bytes between the quotes, escapes undone only when read
    bool escaped = false;
};

// The known keys, for dispatch and duplicate detection (bit = 1 << key).
enum Key : int
{
    kId,
    kWorkspaceId,
    kWid,
    kProjectId,
    kPid,
    kTaskId,
    kTid,
    kUserId,
    kUid,
    kDescription,
    kStart,
    kStop,
    kDuration,
    kBillable,
    kTags,
    kTagIds,
    kDuronly,
    kAt,
    kServerDeletedAt,
    kPermissions,
    kSharedWith,
    kClientName,
    kProjectName,
    kProjectColor,
    kProjectActive,
    kProjectBillable,
    kTaskName,
    kUserName,
    kUserAvatarUrl,
    kKeyCount,
    kUnknown = -1
};

Key keyOf(std::string_view k)
{
    static const std::unordered_map<std::string_view, Key> keys = {{"id", kId},
                                                                   {"workspace_id", kWorkspaceId},
                                                                   {"wid", kWid},
                                                                   {"project_id", kProjectId},
                                                                   {"pid", kPid},
                                                                   {"task_id", kTaskId},
                                                                   {"tid", kTid},
                                                                   {"user_id", kUserId},
                                                                   {"uid", kUid},
                                                                   {"description", kDescription},
                                                                   {"start", kStart},
                                                                   {"stop", kStop},
                                                                   {"duration", kDuration},
                                                                   {"billable", kBillable},
                                                                   {"tags", kTags},
                                                                   {"tag_ids", kTagIds},
                                                                   {"duronly", kDuronly},
                                                                   {"at", kAt},
                                                                   {"server_deleted_at", kServerDeletedAt},
                                                                   {"permissions", kPermissions},
                                                                   {"shared_with", kSharedWith},
                                                                   {"client_name", kClientName},
                                                                   {"project_name", kProjectName},
                                                                   {"project_color", kProjectColor},
                                                                   {"project_active", kProjectActive},
                                                                   {"project_billable", kProjectBillable},
                                                                   {"task_name", kTaskName},
                                                                   {"user_name", kUserName},
                                                                   {"user_avatar_url", kUserAvatarUrl}};
    const auto it = keys.find(k);
    return it == keys.end() ? kUnknown : it->second;
}

class Reader
{
public:
    explicit Reader(QByteArrayView body) : m_p(body.data()), m_end(body.data() + body.size()) {}

    std::optional<QList<TimeEntry>> list()
    {
        QList<TimeEntry> out;
        skipSpace();
        if (literal("null"))
            return atEnd() ? std::optional<QList<TimeEntry>>(std::move(out)) : std::nullopt;
        if (!eat('['))
            return std::nullopt;
        skipSpace();
        if (!eat(']')) {
            do {
                skipSpace();
                TimeEntry e;
                if (!entry(e))
                    return std::nullopt;
                if (e.tags)
                    e.tags = m_lists.intern(*e.tags);
                if (e.permissions)
                    e.permissions = m_lists.intern(*e.permissions);
                out.append(std::move(e));
                skipSpace();
            } while (eat(','));
            if (!eat(']'))
                return std::nullopt;
        }
        return atEnd() && !m_failed ? std::optional<QList<TimeEntry>>(std::move(out)) : std::nullopt;
    }

private:
    bool atEnd()
    {
        skipSpace();
        return m_p == m_end;
    }

    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }

    bool eat(char c)
    {
        if (m_p < m_end && *m_p == c) {
            ++m_p;
            return true;
        }
        return false;
    }

    bool literal(std::string_view word)
    {
        if (size_t(m_end - m_p) < word.size() || std::string_view(m_p, word.size()) != word)
            return false;
        m_p += word.size();
        return true;
    }

    // At '"': the raw bytes up to the closing quote.
    bool rawString(std::string_view &raw, bool &escaped)
    {
        if (!eat('"'))
            return false;
        const char *begin = m_p;
        escaped = false;
        while (m_p < m_end && *m_p != '"') {
            if (static_cast<unsigned char>(*m_p) < 0x20)
                return false; // control characters must be escaped
            if (*m_p == '\\') {
                escaped = true;
                ++m_p;
            }
            ++m_p;
        }
        if (m_p >= m_end)
            return false;
        raw = std::string_view(begin, size_t(m_p - begin));
        ++m_p;
        return true;
    }

    static int hexValue(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }

    static void appendUtf8(std::string &out, char32_t cp)
    {
        if (cp < 0x80) {
            out += char(cp);
        } else if (cp < 0x800) {
            out += char(0xC0 | (cp >> 6));
            out += char(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out += char(0xE0 | (cp >> 12));
            out += char(0x80 | ((cp >> 6) & 0x3F));
            out += char(0x80 | (cp & 0x3F));
        } else {
            out += char(0xF0 | (cp >> 18));
            out += char(0x80 | ((cp >> 12) & 0x3F));
            out += char(0x80 | ((cp >> 6) & 0x3F));
            out += char(0x80 | (cp & 0x3F));
        }
    }

    static bool unescape(std::string_view raw, std::string &out)
    {
        out.clear();
        for (size_t i = 0; i < raw.size(); ++i) {
            if (raw[i] != '\\') {
                out += raw[i];
                continue;
            }
            if (++i >= raw.size())
                return false;
            switch (raw[i]) {
            case '"':
                out += '"';
                break;
            case '\\':
                out += '\\';
                break;
            case '/':
                out += '/';
                break;
            case 'b':
                out += '\b';
                break;
            case 'f':
                out += '\f';
                break;
            case 'n':
                out += '\n';
                break;
            case 'r':
                out += '\r';
                break;
            case 't':
                out += '\t';
                break;
            case 'u': {
                const auto hex4 = [&raw](size_t at, char32_t &v) {
                    if (at + 4 > raw.size())
                        return false;
                    v = 0;
                    for (size_t k = at; k < at + 4; ++k) {
                        const int h = hexValue(raw[k]);
                        if (h < 0)
                            return false;
                        v = v * 16 + char32_t(h);
                    }
                    return true;
                };
                char32_t cp = 0;
                if (!hex4(i + 1, cp))
                    return false;
                i += 4;
                if (cp >= 0xD800 && cp <= 0xDBFF) { // a surrogate pair: \uD83D\uDE00
                    char32_t low = 0;
                    if (i + 2 < raw.size() && raw[i + 1] == '\\' && raw[i + 2] == 'u' && hex4(i + 3, low) &&
                        low >= 0xDC00 && low <= 0xDFFF) {
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                        i += 6;
                    } else {
                        return false; // a lone surrogate: let the full parser decide
                    }
                } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                    return false;
                }
                appendUtf8(out, cp);
                break;
            }
            default:
                return false;
            }
        }
        return true;
    }

    // The string's text; equal texts share one QString.
    std::optional<QString> text(const Scalar &s)
    {
        std::string_view bytes = s.raw;
        if (s.escaped) {
            if (!unescape(s.raw, m_scratch)) {
                m_failed = true; // the full parser reports it
                return std::nullopt;
            }
            bytes = m_scratch;
        }
        const auto it = m_strings.find(bytes);
        if (it != m_strings.end())
            return it->second;
        QString decoded = QString::fromUtf8(bytes.data(), qsizetype(bytes.size()));
        m_strings.emplace(std::string(bytes), decoded);
        return decoded;
    }

    bool number(Scalar &s)
    {
        const char *begin = m_p;
        eat('-');
        const char *digits = m_p;
        while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
            ++m_p;
        if (m_p == digits)
            return false;
        bool fraction = false;
        if (eat('.')) {
            fraction = true;
            const char *f = m_p;
            while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
                ++m_p;
            if (m_p == f)
                return false;
        }
        if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
            fraction = true;
            ++m_p;
            if (!eat('+'))
                eat('-');
            const char *x = m_p;
            while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
                ++m_p;
            if (m_p == x)
                return false;
        }
        s.kind = Scalar::Kind::Number;
        if (!fraction) {
            const auto [end, ec] = std::from_chars(begin, m_p, s.integer);
            if (ec == std::errc() && end == m_p) {
                s.isInt = true;
                return true;
            }
        }
        const auto [end, ec] = std::from_chars(begin, m_p, s.number);
        return ec == std::errc() && end == m_p;
    }

    // Any value; arrays and objects are checked and skipped.
    bool scalar(Scalar &s)
    {
        skipSpace();
        s = Scalar();
        if (m_p >= m_end)
            return false;
        switch (*m_p) {
        case '"':
            s.kind = Scalar::Kind::String;
            return rawString(s.raw, s.escaped);
        case 't':
            s.kind = Scalar::Kind::Bool;
            s.boolean = true;
            return literal("true");
        case 'f':
            s.kind = Scalar::Kind::Bool;
            return literal("false");
        case 'n':
            s.kind = Scalar::Kind::Null;
            return literal("null");
        case '[':
        case '{':
            s.kind = Scalar::Kind::Other;
            return skipContainer();
        default:
            return number(s);
        }
    }

    bool skipContainer()
    {
        const char close = *m_p == '[' ? ']' : '}';
        const bool object = close == '}';
        ++m_p;
        skipSpace();
        if (eat(close))
            return true;
        Scalar ignored;
        do {
            skipSpace();
            if (object) {
                std::string_view key;
                bool escaped = false;
                if (!rawString(key, escaped))
                    return false;
                skipSpace();
                if (!eat(':'))
                    return false;
            }
            if (!scalar(ignored))
                return false;
            skipSpace();
        } while (eat(','));
        return eat(close);
    }

    std::optional<qint64> asInt(const Scalar &s)
    {
        if (s.kind == Scalar::Kind::Number) {
            if (s.isInt)
                return s.integer;
            // Outside qint64 the cast is undefined behaviour (found by tests/fuzz): read as absent.
            if (!std::isfinite(s.number) || s.number < -0x1p63 || s.number >= 0x1p63)
                return std::nullopt;
            return static_cast<qint64>(s.number);
        }
        if (s.kind == Scalar::Kind::String) { // tolerate quoted numbers
            const auto t = text(s);
            bool ok = false;
            const qint64 n = t ? t->toLongLong(&ok) : 0;
            if (ok)
                return n;
        }
        return std::nullopt;
    }

    std::optional<QString> optString(const Scalar &s)
    {
        return s.kind == Scalar::Kind::String ? text(s) : std::nullopt;
    }

    std::optional<bool> optBool(const Scalar &s)
    {
        return s.kind == Scalar::Kind::Bool ? std::optional<bool>(s.boolean) : std::nullopt;
    }

    std::optional<QDateTime> optTime(const Scalar &s)
    {
        if (s.kind != Scalar::Kind::String)
            return std::nullopt;
        if (s.escaped) {
            const auto t = text(s);
            return t ? TrackTime::parse(*t) : std::nullopt;
        }
        return TrackTime::parse(QString::fromLatin1(s.raw.data(), qsizetype(s.raw.size())));
    }

    // An array of strings (other items skipped) or of integers; anything else: nullopt.
    template<class Item, class Read> bool list(std::optional<QList<Item>> &out, Read read)
    {
        skipSpace();
        if (m_p >= m_end || *m_p != '[') {
            Scalar s;
            out.reset();
            return scalar(s);
        }
        ++m_p;
        out.emplace();
        skipSpace();
        if (eat(']'))
            return true;
        Scalar item;
        do {
            if (!scalar(item))
                return false;
            if (auto v = read(item))
                out->append(std::move(*v));
            skipSpace();
        } while (eat(','));
        return eat(']');
    }

    bool sharedWith(std::optional<QList<SharedWith>> &out)
    {
        skipSpace();
        if (m_p >= m_end || *m_p != '[') {
            Scalar s;
            out.reset();
            return scalar(s);
        }
        ++m_p;
        out.emplace();
        skipSpace();
        if (eat(']'))
            return true;
        do {
            skipSpace();
            SharedWith item;
            if (m_p < m_end && *m_p == '{') {
                ++m_p;
                skipSpace();
                if (!eat('}')) {
                    do {
                        skipSpace();
                        std::string_view key;
                        bool escaped = false;
                        Scalar v;
                        if (!rawString(key, escaped) || escaped)
                            return false;
                        skipSpace();
                        if (!eat(':') || !scalar(v))
                            return false;
                        if (key == "accepted")
                            item.accepted = optBool(v).value_or(false);
                        else if (key == "user_id")
                            item.userId = asInt(v).value_or(0);
                        else if (key == "user_name")
                            item.userName = optString(v).value_or(QString());
                        skipSpace();
                    } while (eat(','));
                    if (!eat('}'))
                        return false;
                }
            } else {
                Scalar ignored; // not an object: read as an empty one, like QJsonValue::toObject()
                if (!scalar(ignored))
                    return false;
            }
            out->append(item);
            skipSpace();
        } while (eat(','));
        return eat(']');
    }

    bool entry(TimeEntry &e)
    {
        if (!eat('{'))
            return false;
        quint64 seen = 0;
        Scalar v[kKeyCount];
        skipSpace();
        if (!eat('}')) {
            do {
                skipSpace();
                std::string_view raw;
                bool escaped = false;
                if (!rawString(raw, escaped) || escaped)
                    return false;
                skipSpace();
                if (!eat(':'))
                    return false;
                const Key key = keyOf(raw);
                if (key != kUnknown) {
                    if (seen & (quint64(1) << key))
                        return false; // a duplicate: which one wins is the full parser's call
                    seen |= quint64(1) << key;
                }
                bool ok = true;
                switch (key) {
                case kTags:
                    ok = list<QString>(e.tags, [this](const Scalar &s) { return optString(s); });
                    break;
                case kPermissions:
                    ok = list<QString>(e.permissions, [this](const Scalar &s) { return optString(s); });
                    break;
                case kTagIds:
                    ok = list<qint64>(e.tagIds, [this](const Scalar &s) { return asInt(s); });
                    break;
                case kSharedWith:
                    ok = sharedWith(e.sharedWith);
                    break;
                case kUnknown: {
                    Scalar ignored;
                    ok = scalar(ignored);
                    break;
                }
                default:
                    ok = scalar(v[key]);
                    break;
                }
                if (!ok)
                    return false;
                skipSpace();
            } while (eat(','));
            if (!eat('}'))
                return false;
        }
        const auto has = [seen](Key k) { return (seen & (quint64(1) << k)) != 0; };
        // The modern key when present (even null), else the legacy one: as JsonRead::optInt.
        const auto modernOr = [&](Key modern, Key legacy) {
            return has(modern) ? asInt(v[modern]) : has(legacy) ? asInt(v[legacy]) : std::nullopt;
        };
        e.id = has(kId) ? asInt(v[kId]).value_or(0) : 0;
        e.workspaceId = modernOr(kWorkspaceId, kWid).value_or(0);
        e.projectId = modernOr(kProjectId, kPid);
        e.taskId = modernOr(kTaskId, kTid);
        e.userId = modernOr(kUserId, kUid).value_or(0);
        e.description = optString(v[kDescription]);
        e.start = optTime(v[kStart]).value_or(QDateTime());
        e.stop = optTime(v[kStop]);
        e.duration = asInt(v[kDuration]).value_or(0);
        e.billable = optBool(v[kBillable]).value_or(false);
        e.duronly = optBool(v[kDuronly]).value_or(true);
        e.at = optTime(v[kAt]);
        e.serverDeletedAt = optTime(v[kServerDeletedAt]);
        e.clientName = optString(v[kClientName]);
        e.projectName = optString(v[kProjectName]);
        e.projectColor = optString(v[kProjectColor]);
        e.projectActive = optBool(v[kProjectActive]);
        e.projectBillable = optBool(v[kProjectBillable]);
        e.taskName = optString(v[kTaskName]);
        e.userName = optString(v[kUserName]);
        e.userAvatarUrl = optString(v[kUserAvatarUrl]);
        return true;
    }

    const char *m_p;
    const char *m_end;
    std::unordered_map<std::string, QString, ViewHash, ViewEqual> m_strings;
    std::string m_scratch;
    bool m_failed = false;
    StringInterner m_lists;
};

} // namespace

std::optional<QList<TimeEntry>> TimeEntryListReader::read(QByteArrayView body)
{
    return Reader(body).list();
}

} // namespace punchclock
