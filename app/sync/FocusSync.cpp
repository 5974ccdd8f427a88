// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sync/FocusSync.h"

#include "app/api/FocusApi.h"
#include "app/sync/FocusBulkSender.h"
#include "app/sync/FocusEntrySender.h"
#include "app/sync/LocalStore.h"
#include "app/sync/Outbox.h"
#include "app/sync/SyncEngine.h"

#include <QCryptographicHash>
#include <QLoggingCategory>
#include <QRandomGenerator>

namespace punchclock {

Q_LOGGING_CATEGORY(lcFocusSync, "punchclock.sync.focussync", QtInfoMsg)

namespace {
const QString kSaltKey = QStringLiteral("focus_account_salt");
}

FocusSync::FocusSync(FocusApi *api, LocalStore *store, QObject *parent)
    : QObject(parent), m_api(api), m_outbox(new Outbox(store, OutboxOp::Product::Focus, this)),
      m_engine(new SyncEngine(m_outbox, this))
{
    using Kind = OutboxOp::Kind;
    auto entries = std::make_shared<FocusEntrySender>(api, m_outbox);
    for (Kind kind : {Kind::FocusCreate, Kind::FocusPatch, Kind::FocusArchive, Kind::FocusUnarchive,
                      Kind::FocusRestore, Kind::FocusDelete})
        m_engine->addSender(kind, entries);
    auto bulk = std::make_shared<FocusBulkSender>(api);
    for (Kind kind : {Kind::FocusBulkPatch, Kind::FocusBulkDelete, Kind::FocusBulkRestore})
        m_engine->addSender(kind, bulk);
    m_engine->kick(); // what an earlier run left
}

qint64 FocusSync::enqueue(OutboxOp::Kind kind, qint64 entryId, const QJsonObject &payload)
{
    const qint64 seq = m_outbox->enqueue(kind, entryId, payload);
    if (seq != 0)
        m_engine->kick();
    return seq;
}

qint64 FocusSync::allocateLocalId()
{
    return m_outbox->allocateLocalId();
}

int FocusSync::pendingCount() const
{
    return m_outbox->count();
}

void FocusSync::setAccount(const QByteArray &keyDigest, qint64 organizationId)
{
    QString account;
    if (!keyDigest.isEmpty() && organizationId > 0) {
        // Salted per database, so the fingerprint cannot be matched against a key elsewhere.
        LocalStore *store = m_outbox->store();
        QString salt = store->meta(kSaltKey);
        if (salt.isEmpty()) {
            QByteArray bytes(16, Qt::Uninitialized);
            QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), 4);
            salt = QString::fromLatin1(bytes.toHex());
            store->setMeta(kSaltKey, salt);
        }
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(salt.toLatin1());
        hash.addData(keyDigest);
        account = QString::number(organizationId) + QLatin1Char(':') +
                  QString::fromLatin1(hash.result().toHex().left(32));
    }
    m_outbox->setAccount(account);
    if (m_outbox->adoptUnowned() > 0)
        qCInfo(lcFocusSync, "Focus changes queued before an account was set up now belong to this one");
    announceOtherAccounts();
    m_engine->retryNow(); // this account's changes go now, without the other's backoff
}

void FocusSync::announceOtherAccounts()
{
    const QHash<QString, int> others = m_outbox->otherAccounts();
    int count = 0;
    QStringList organizations;
    for (auto it = others.cbegin(); it != others.cend(); ++it) {
        count += it.value();
        const QString organization = it.key().section(QLatin1Char(':'), 0, 0);
        if (!organizations.contains(organization))
            organizations.append(organization);
    }
    organizations.sort();
    const QString message =
        count == 0 ? QString()
                   : tr("%n unsent Toggl Focus change(s) belong to another API key or organization "
                        "(organization %1); they are kept and sent when you use it again.",
                        nullptr, count)
                         .arg(organizations.join(QStringLiteral(", ")));
    int sameOrganization = 0;
    for (const QString &account : sameOrganizationAccounts(others))
        sameOrganization += others.value(account);
    emit otherAccountChangesChanged(count, message, sameOrganization);
}

// Of `others` (Outbox::otherAccounts()), the accounts of this one's organization: an account is
// "<organization>:<fingerprint>", so same organization, another key.
QStringList FocusSync::sameOrganizationAccounts(const QHash<QString, int> &others) const
{
    const QString mine = m_outbox->account();
    QStringList accounts;
    if (mine.isEmpty())
        return accounts;
    const QString prefix = mine.section(QLatin1Char(':'), 0, 0) + QLatin1Char(':');
    for (auto it = others.cbegin(); it != others.cend(); ++it) {
        if (it.key().startsWith(prefix))
            accounts.append(it.key());
    }
    return accounts;
}

int FocusSync::sendWaitingWithThisKey()
{
    const int moved = m_outbox->adopt(sameOrganizationAccounts(m_outbox->otherAccounts()));
    if (moved > 0) {
        qCInfo(lcFocusSync, "%d Focus change(s) of another key are sent with this one, as asked", moved);
        announceOtherAccounts();
        m_engine->retryNow();
    }
    return moved;
}

QString FocusSync::account() const
{
    return m_outbox->account();
}

int FocusSync::otherAccountChangeCount() const
{
    int count = 0;
    for (int n : m_outbox->otherAccounts())
        count += n;
    return count;
}

void FocusSync::retryNow()
{
    m_engine->retryNow();
}

} // namespace punchclock
