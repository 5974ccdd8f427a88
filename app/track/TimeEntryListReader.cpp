// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/track/TimeEntryListReader.h"

#include "app/track/StringInterner.h"
#include "app/track/TrackTime.h"

#include <array>
#include <charconv>
#include <cmath>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

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

// Bytes a string may hold as they are, with nothing more to check: ASCII from space up, but '"' and '\\'.
constexpr auto kPlain = [] {
    std::array<bool, 256> plain{};
    for (int c = 0x20; c < 0x80; ++c)
        plain[size_t(c)] = c != '"' && c != '\\';
    return plain;
}();

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

// The entries as read, in blocks. A growing list would hold its old and its new buffer at once
// (12 MB with 10,000 entries, at the parse's peak) and end with up to twice the room it needs; the
// list taken at the end has just enough.
class EntryBlocks
{
public:
    void append(TimeEntry &&e)
    {
        if (m_blocks.empty() || m_blocks.back().size() == kBlock) {
            m_blocks.emplace_back();
            m_blocks.back().reserve(kBlock);
        }
        m_blocks.back().append(std::move(e));
        ++m_size;
    }

    QList<TimeEntry> take()
    {
        QList<TimeEntry> all;
        all.reserve(m_size);
        for (QList<TimeEntry> &block : m_blocks) {
            for (TimeEntry &e : block)
                all.append(std::move(e));
            block = QList<TimeEntry>(); // freed as the list fills
        }
        m_blocks.clear();
        m_size = 0;
        return all;
    }

private:
    static constexpr qsizetype kBlock = 256;
    std::vector<QList<TimeEntry>> m_blocks;
    qsizetype m_size = 0;
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
        std::optional<EntryBlocks> out;
        skipSpace();
        if (literal("null"))
            out.emplace();
        else if (m_p >= m_end || *m_p != '[' || !array(out, [this](EntryBlocks &entries) {
                     TimeEntry e;
                     if (!entry(e))
                         return false;
                     if (e.tags)
                         e.tags = m_lists.intern(*e.tags);
                     if (e.permissions)
                         e.permissions = m_lists.intern(*e.permissions);
                     entries.append(std::move(e));
                     return true;
                 }))
            return std::nullopt;
        if (!atEnd() || m_failed)
            return std::nullopt;
        return out->take();
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

    // At '"': the raw bytes up to the closing quote. Checked as strictly as QJsonDocument checks them
    // (UTF-8, escapes) even where the value is skipped: what Qt refuses must not be read here.
    bool rawString(std::string_view &raw, bool &escaped)
    {
        if (!eat('"'))
            return false;
        const char *begin = m_p;
        escaped = false;
        for (;;) {
            while (m_p < m_end && kPlain[static_cast<unsigned char>(*m_p)])
                ++m_p;
            if (m_p >= m_end)
                return false;
            const auto c = static_cast<unsigned char>(*m_p);
            if (c == '"')
                break;
            if (c == '\\') {
                escaped = true;
                if (!escape())
                    return false;
            } else if (c < 0x20 || !utf8Sequence()) { // control characters must be escaped
                return false;
            }
        }
        raw = std::string_view(begin, size_t(m_p - begin));
        ++m_p;
        return true;
    }

    // At a backslash: one of JSON's escapes. Qt reads any other escaped character as itself; that is
    // left to it (false), like a \u without four hex digits, which it refuses.
    bool escape()
    {
        if (m_end - m_p < 2)
            return false;
        switch (m_p[1]) {
        case '"':
        case '\\':
        case '/':
        case 'b':
        case 'f':
        case 'n':
        case 'r':
        case 't':
            m_p += 2;
            return true;
        case 'u':
            if (m_end - m_p < 6)
                return false;
            for (int k = 2; k < 6; ++k) {
                if (hexValue(m_p[k]) < 0)
                    return false;
            }
            m_p += 6;
            return true;
        default:
            return false;
        }
    }

    // At a byte >= 0x80: one UTF-8 sequence, as strict as Qt's decoder (no overlong forms, no
    // surrogates, nothing past U+10FFFF).
    bool utf8Sequence()
    {
        const auto *p = reinterpret_cast<const unsigned char *>(m_p);
        const unsigned char lead = p[0];
        if (lead < 0xC2 || lead > 0xF4)
            return false; // a continuation byte, the lead of an overlong form, or past U+10FFFF
        const int tail = lead < 0xE0 ? 1 : lead < 0xF0 ? 2 : 3;
        const char32_t min = tail == 1 ? 0x80 : tail == 2 ? 0x800 : 0x10000;
        char32_t cp = lead & (0x7F >> (tail + 1));
        if (m_end - m_p <= tail)
            return false;
        for (int k = 1; k <= tail; ++k) {
            if ((p[k] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (p[k] & 0x3F);
        }
        if (cp < min || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
            return false;
        m_p += tail + 1;
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
        if (m_p == digits || (*digits == '0' && m_p - digits > 1))
            return false; // Qt reads "01" as 0 followed by garbage
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
        // Qt refuses more than 1024 levels; the list and an entry are two, and a deep enough
        // nesting would overflow this recursion's stack.
        if (m_depth >= kMaxSkipDepth)
            return false;
        const DepthGuard guard(m_depth);
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

    // An array: `readItem(out)` reads one element (at its first byte) into `out`, false on malformed
    // JSON. Any other value reads as absent (nullopt), like QJsonValue::toArray() on it.
    template<class List, class ReadItem> bool array(std::optional<List> &out, ReadItem readItem)
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
            if (!readItem(*out))
                return false;
            skipSpace();
        } while (eat(','));
        return eat(']');
    }

    // Array items that are strings (or integers): others are skipped.
    template<class Item, class Read> auto scalarItems(Read read)
    {
        return [this, read](QList<Item> &out) {
            Scalar item;
            if (!scalar(item))
                return false;
            if (auto v = read(item))
                out.append(std::move(*v));
            return true;
        };
    }

    // A `shared_with` item; one that is not an object reads as an empty one, like toObject().
    bool sharedWithItem(QList<SharedWith> &out)
    {
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
            Scalar ignored;
            if (!scalar(ignored))
                return false;
        }
        out.append(item);
        return true;
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
                    ok =
                        array(e.tags, scalarItems<QString>([this](const Scalar &s) { return optString(s); }));
                    break;
                case kPermissions:
                    ok = array(e.permissions,
                               scalarItems<QString>([this](const Scalar &s) { return optString(s); }));
                    break;
                case kTagIds:
                    ok = array(e.tagIds, scalarItems<qint64>([this](const Scalar &s) { return asInt(s); }));
                    break;
                case kSharedWith:
                    ok = array(e.sharedWith, [this](QList<SharedWith> &out) { return sharedWithItem(out); });
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

    struct DepthGuard
    {
        explicit DepthGuard(int &depth) : m_depth(depth) { ++m_depth; }
        ~DepthGuard() { --m_depth; }
        DepthGuard(const DepthGuard &) = delete;
        DepthGuard &operator=(const DepthGuard &) = delete;
        int &m_depth;
    };
    static constexpr int kMaxSkipDepth = 512;

    const char *m_p;
    const char *m_end;
    int m_depth = 0;
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
