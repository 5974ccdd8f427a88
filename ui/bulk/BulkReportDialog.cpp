// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/bulk/BulkReportDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace punchclock {

namespace {
QString doneText(BulkReportDialog::Action action, int n)
{
    switch (action) {
    case BulkReportDialog::Action::Changed:
        return BulkReportDialog::tr("%n entries changed.", nullptr, n);
    case BulkReportDialog::Action::Deleted:
        return BulkReportDialog::tr("%n entries deleted.", nullptr, n);
    case BulkReportDialog::Action::Restored:
        return BulkReportDialog::tr("%n entries restored.", nullptr, n);
    }
    return {};
}
} // namespace

BulkReportDialog::BulkReportDialog(Action action, const BulkResult &result, const QString &error,
                                   const QHash<qint64, EntryInfo> &entries, QWidget *parent)
    : QDialog(parent), m_headline(new QLabel(this)), m_failures(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("bulkReport"));
    setWindowTitle(tr("Bulk Edit Report"));
    setAccessibleName(tr("Bulk edit report"));

    const int failed = static_cast<int>(result.failure.size());
    const int unsent = static_cast<int>(result.unconfirmed.size());

    auto *icon = new QLabel(this);
    const bool clean = failed == 0 && unsent == 0 && error.isEmpty();
    icon->setPixmap(
        style()
            ->standardIcon(clean ? QStyle::SP_MessageBoxInformation : QStyle::SP_MessageBoxWarning)
            .pixmap(32, 32));
    icon->setAlignment(Qt::AlignTop);

    QStringList lines{doneText(action, static_cast<int>(result.success.size()))};
    if (failed > 0)
        lines.append(tr("The server refused %n entries; they keep their previous values.", nullptr, failed));
    if (unsent > 0)
        lines.append(result.cancelled
                         ? tr("%n entries were not sent (cancelled) and are unchanged.", nullptr, unsent)
                         : tr("%n entries got no answer; refresh to see their state.", nullptr, unsent));
    if (!error.isEmpty())
        lines.append(tr("Stopped by an error: %1").arg(error));
    m_headline->setText(lines.takeFirst());
    auto *details = new QLabel(lines.join(QLatin1Char('\n')), this);
    details->setObjectName(QStringLiteral("reportDetails"));
    details->setWordWrap(true);
    details->setAccessibleName(tr("Details"));
    details->setVisible(!lines.isEmpty());
    m_headline->setObjectName(QStringLiteral("reportHeadline"));
    m_headline->setWordWrap(true);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_headline->setAccessibleName(tr("Summary"));
    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);

    m_failures->setObjectName(QStringLiteral("failureList"));
    m_failures->setAccessibleName(tr("Entries the server refused"));
    m_failures->setRootIsDecorated(false);
    m_failures->setAlternatingRowColors(true);
    m_failures->setHeaderLabels({tr("Entry"), tr("Date"), tr("Server message")});
    const QLocale locale;
    for (const BulkFailure &f : result.failure) {
        const EntryInfo info = entries.value(f.id);
        const QString description = info.description.isEmpty() ? tr("(no description)") : info.description;
        auto *item = new QTreeWidgetItem(
            m_failures, {description,
                         info.start.isValid() ? locale.toString(info.start.toLocalTime(),
                                                                QStringLiteral("ddd d MMM yyyy, HH:mm"))
                                              : QString(),
                         f.message});
        item->setData(0, Qt::UserRole, f.id);
        item->setToolTip(2, f.message);
    }
    m_failures->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_failures->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_failures->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_failures->setVisible(failed > 0);
    m_failures->setMinimumSize(600, 160);
    m_failures->setColumnWidth(0, 200);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close report"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    auto *texts = new QVBoxLayout;
    texts->addWidget(m_headline);
    texts->addWidget(details);
    top->addLayout(texts, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_failures, 1);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

} // namespace punchclock
