// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reads and drives a StatusNotifierItem the way a panel does: its org.kde.StatusNotifierItem
// properties and its com.canonical.dbusmenu menu, over the session bus. Every call waits in an
// event loop, so the item may live in the calling process (Qt's tray icon in an in-process app).
#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusPendingCall>
#include <QDBusVariant>
#include <QStringList>
#include <QTest>

namespace punchclock::test {

inline const QString kItemInterface = QStringLiteral("org.kde.StatusNotifierItem");
inline const QString kPropertiesInterface = QStringLiteral("org.freedesktop.DBus.Properties");
inline const QString kDBusMenuInterface = QStringLiteral("com.canonical.dbusmenu");

// A call answered by this process's own event loop (the tray icon lives here): never block on it.
inline QDBusMessage callAndWait(const QDBusMessage &call)
{
    QDBusPendingCall pending = QDBusConnection::sessionBus().asyncCall(call, 5000);
    if (!QTest::qWaitFor([&] { return pending.isFinished(); }, 6000))
        return {};
    return pending.reply();
}

// Collects every string inside a D-Bus value (structs, arrays, maps, variants), for the tooltip.
inline void collectStrings(const QVariant &value, QStringList &out);

inline void collectStrings(const QDBusArgument &arg, QStringList &out)
{
    switch (arg.currentType()) {
    case QDBusArgument::BasicType:
    case QDBusArgument::VariantType: {
        collectStrings(arg.asVariant(), out);
        break;
    }
    case QDBusArgument::StructureType:
        arg.beginStructure();
        while (!arg.atEnd())
            collectStrings(arg, out);
        arg.endStructure();
        break;
    case QDBusArgument::ArrayType:
        if (arg.currentSignature() == QLatin1String("ay")) {
            QByteArray bytes;
            arg >> bytes; // pixel data
            break;
        }
        arg.beginArray();
        while (!arg.atEnd())
            collectStrings(arg, out);
        arg.endArray();
        break;
    case QDBusArgument::MapType:
        arg.beginMap();
        while (!arg.atEnd()) {
            arg.beginMapEntry();
            collectStrings(arg, out);
            collectStrings(arg, out);
            arg.endMapEntry();
        }
        arg.endMap();
        break;
    default:
        arg.asVariant();
        break;
    }
}

inline void collectStrings(const QVariant &value, QStringList &out)
{
    if (value.metaType() == QMetaType::fromType<QDBusArgument>())
        collectStrings(value.value<QDBusArgument>(), out);
    else if (value.metaType() == QMetaType::fromType<QDBusVariant>())
        collectStrings(value.value<QDBusVariant>().variant(), out);
    else if (value.metaType() == QMetaType::fromType<QString>())
        out.append(value.toString());
}

// One dbusmenu item: its id, its label without the mnemonic mark, and its children.
struct MenuItem
{
    int id = 0;
    QString label;
    QList<MenuItem> children;
};

inline MenuItem readMenuItem(const QDBusArgument &arg)
{
    MenuItem item;
    QVariantMap properties;
    arg.beginStructure();
    arg >> item.id >> properties;
    arg.beginArray();
    while (!arg.atEnd()) {
        QDBusVariant child;
        arg >> child;
        item.children.append(readMenuItem(child.variant().value<QDBusArgument>()));
    }
    arg.endArray();
    arg.endStructure();
    item.label = properties.value(QStringLiteral("label")).toString().remove(QLatin1Char('_'));
    return item;
}

inline const MenuItem *findItem(const MenuItem &root, const QString &labelStart)
{
    if (root.label.startsWith(labelStart))
        return &root;
    for (const MenuItem &child : root.children) {
        if (const MenuItem *found = findItem(child, labelStart))
            return found;
    }
    return nullptr;
}

inline QString itemService(const QString &item)
{
    return item.section(QLatin1Char('/'), 0, 0);
}

inline QVariantMap itemProperties(const QString &service)
{
    QDBusMessage getAll = QDBusMessage::createMethodCall(service, QStringLiteral("/StatusNotifierItem"),
                                                         kPropertiesInterface, QStringLiteral("GetAll"));
    getAll << kItemInterface;
    const QDBusMessage reply = callAndWait(getAll);
    if (reply.type() != QDBusMessage::ReplyMessage)
        return {};
    QVariantMap map;
    reply.arguments().value(0).value<QDBusArgument>() >> map;
    return map;
}

inline QString toolTipText(const QVariantMap &properties)
{
    QStringList strings;
    collectStrings(properties.value(QStringLiteral("ToolTip")), strings);
    return strings.join(QLatin1Char('\n'));
}

inline QByteArray iconPixels(const QVariantMap &properties)
{
    // IconPixmap: a(iiay); the bytes of all sizes together tell one icon from another.
    QByteArray all;
    const QDBusArgument arg = properties.value(QStringLiteral("IconPixmap")).value<QDBusArgument>();
    arg.beginArray();
    while (!arg.atEnd()) {
        int w = 0;
        int h = 0;
        QByteArray data;
        arg.beginStructure();
        arg >> w >> h >> data;
        arg.endStructure();
        all += data;
    }
    arg.endArray();
    return all;
}

// The item's menu, after AboutToShow (Qt fills a dbusmenu when it is about to be shown).
inline MenuItem menuLayout(const QString &service, const QString &menuPath)
{
    QDBusMessage show =
        QDBusMessage::createMethodCall(service, menuPath, kDBusMenuInterface, QStringLiteral("AboutToShow"));
    show << 0;
    callAndWait(show);
    QTest::qWait(100); // the menu rebuilds on the next turn of the app's event loop
    QDBusMessage get =
        QDBusMessage::createMethodCall(service, menuPath, kDBusMenuInterface, QStringLiteral("GetLayout"));
    get << 0 << -1 << QStringList();
    const QDBusMessage reply = callAndWait(get);
    return reply.arguments().size() == 2 ? readMenuItem(reply.arguments().at(1).value<QDBusArgument>())
                                         : MenuItem();
}

// A click on a menu entry, as a panel sends it.
inline bool clickMenuItem(const QString &service, const QString &menuPath, int id)
{
    QDBusMessage event =
        QDBusMessage::createMethodCall(service, menuPath, kDBusMenuInterface, QStringLiteral("Event"));
    event << id << QStringLiteral("clicked") << QVariant::fromValue(QDBusVariant(QString())) << 0u;
    return callAndWait(event).type() == QDBusMessage::ReplyMessage;
}

inline QString menuPath(const QVariantMap &itemProperties)
{
    return itemProperties.value(QStringLiteral("Menu")).value<QDBusObjectPath>().path();
}

} // namespace punchclock::test
